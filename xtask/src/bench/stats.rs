//! Pure statistics of the measured figures: medians, bootstrap intervals, latency summaries and whether the machine was busy.

/// Event Timing's smallest `durationThreshold`: faster interactions leave no entry.
pub(super) const EVENT_THRESHOLD_MS: f64 = 16.0;

/// One interaction's latency: `None` when Event Timing reported no entry,
/// that is it took under the 16 ms threshold.
pub(super) type Latency = Option<f64>;

pub(super) fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// A 95 % bootstrap interval of the median: the 2.5th and 97.5th percentiles
/// of the medians of `RESAMPLES` resamples (with replacement) of `values`.
/// Page loads here vary by tens of per cent, so a median ratio alone cannot
/// say whether a 5 % target holds; the interval shows how far it could move.
/// Deterministic (a fixed xorshift seed), so a report can be reproduced.
pub(super) fn median_interval(values: &[f64]) -> (f64, f64) {
    const RESAMPLES: usize = 2000;
    if values.is_empty() {
        return (f64::NAN, f64::NAN);
    }
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next_index = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % values.len() as u64) as usize
    };
    let mut medians: Vec<f64> = (0..RESAMPLES)
        .map(|_| median(&values.iter().map(|_| values[next_index()]).collect::<Vec<_>>()))
        .collect();
    medians.sort_by(f64::total_cmp);
    (medians[RESAMPLES * 25 / 1000], medians[RESAMPLES * 975 / 1000 - 1])
}

/// Latencies sorted with "under the threshold" first.
fn sorted_latencies(values: &[Latency]) -> Vec<Latency> {
    let mut v = values.to_vec();
    v.sort_by(|a, b| match (a, b) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, Some(_)) => std::cmp::Ordering::Less,
        (Some(_), None) => std::cmp::Ordering::Greater,
        (Some(x), Some(y)) => x.total_cmp(y),
    });
    v
}

/// The median; of an even count, the mean of the middle two when both were
/// measured, else the upper one (a measured value, or "under the threshold").
pub(super) fn latency_median(values: &[Latency]) -> Latency {
    let v = sorted_latencies(values);
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => v[n / 2],
        _ => match (v[n / 2 - 1], v[n / 2]) {
            (Some(a), Some(b)) => Some((a + b) / 2.0),
            (_, upper) => upper,
        },
    }
}

pub(super) fn latency_worst(values: &[Latency]) -> Latency {
    sorted_latencies(values).last().copied().flatten()
}

/// A latency in whole milliseconds, or `<` the threshold (`<16`) when the
/// interaction left no entry.
pub(super) fn show_latency(l: Latency) -> String {
    match l {
        Some(ms) => format!("{ms:.0}"),
        None => format!("<{EVENT_THRESHOLD_MS:.0}"),
    }
}

/// Whether a load-average line as `measure::load_average` writes it
/// (`0.52 0.40 0.31 (2 cores)`) shows more runnable work than cores.
pub(super) fn busy(load: &str) -> bool {
    let mut words = load.split_whitespace();
    let one_minute: Option<f64> = words.next().and_then(|w| w.parse().ok());
    let cores: Option<f64> = load
        .split('(')
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok());
    matches!((one_minute, cores), (Some(l), Some(c)) if c > 0.0 && l > c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latency_statistics_keep_sub_threshold_interactions_apart() {
        let l = [Some(24.0), None, None, Some(40.0), None];
        assert_eq!(latency_median(&l), None);
        assert_eq!(latency_worst(&l), Some(40.0));
        assert_eq!(latency_median(&[Some(24.0), Some(32.0), None]), Some(24.0));
        assert_eq!(latency_median(&[Some(40.0), None, Some(32.0), Some(24.0)]), Some(28.0));
        assert_eq!(latency_median(&[Some(40.0), None, None, Some(24.0)]), Some(24.0));
        assert_eq!(latency_median(&[None, None]), None);
        assert_eq!(latency_worst(&[None, None]), None);
        assert_eq!(show_latency(None), "<16");
        assert_eq!(median(&[3.0, 1.0, 2.0, 10.0]), 2.5);
        assert!(busy("4.13 3.77 3.19 (2 cores)"));
        assert!(!busy("0.52 0.40 0.31 (2 cores)"));
        assert!(!busy("unknown (0 cores)"));
    }

    #[test]
    fn the_median_interval_brackets_the_median_and_widens_with_spread() {
        assert_eq!(median_interval(&[1.02; 9]), (1.02, 1.02));
        let steady = [0.99, 1.0, 1.01, 1.0, 1.02, 0.98, 1.0, 1.01, 0.99];
        let noisy = [0.7, 1.3, 1.0, 0.8, 1.25, 0.9, 1.1, 1.4, 0.75];
        let (low, high) = median_interval(&steady);
        assert!(low <= median(&steady) && median(&steady) <= high);
        assert!(high - low < 0.05, "{low}..{high}");
        let (noisy_low, noisy_high) = median_interval(&noisy);
        assert!(noisy_high - noisy_low > 0.2, "{noisy_low}..{noisy_high}");
        assert_eq!(median_interval(&noisy), (noisy_low, noisy_high), "deterministic");
        assert!(median_interval(&[]).0.is_nan());
    }
}

//! Waiting on a condition outside the browser (files, processes): the one
//! place the end-to-end helpers sleep between attempts. Conditions in the
//! page are waited on with [`crate::Page::wait_for`].

use std::thread;
use std::time::{Duration, Instant};

/// Call `attempt` every `every` until it returns `Ok` or `timeout` has
/// passed; then the last error. `on_retry` hears each new error once (to say
/// what is being waited for).
pub fn poll<T>(
    timeout: Duration,
    every: Duration,
    mut attempt: impl FnMut() -> Result<T, String>,
    mut on_retry: impl FnMut(&str),
) -> Result<T, String> {
    let deadline = Instant::now() + timeout;
    let mut last = String::new();
    loop {
        match attempt() {
            Ok(v) => return Ok(v),
            Err(e) if Instant::now() < deadline => {
                if e != last {
                    on_retry(&e);
                    last = e;
                }
                thread::sleep(every.min(deadline.saturating_duration_since(Instant::now())));
            }
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polls_until_the_condition_holds() {
        let mut n = 0;
        let mut heard = Vec::new();
        let got = poll(
            Duration::from_secs(5),
            Duration::from_millis(1),
            || {
                n += 1;
                if n < 3 {
                    Err(format!("try {n}"))
                } else {
                    Ok(n)
                }
            },
            |e| heard.push(e.to_string()),
        );
        assert_eq!(got, Ok(3));
        assert_eq!(heard, ["try 1", "try 2"]);
    }

    #[test]
    fn gives_the_last_error_after_the_timeout() {
        let got: Result<(), String> = poll(
            Duration::from_millis(20),
            Duration::from_millis(5),
            || Err("never".into()),
            |_| {},
        );
        assert_eq!(got, Err("never".to_string()));
    }
}

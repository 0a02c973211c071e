//! Arbitrary bytes steer the choice of regions, answers, surgeries and dates
//! from the default protocol (so most inputs reach the combining rule):
//! evaluation never panics and an emergency tick always wins.
#![no_main]

use ims_checker::base::date::Date;
use ims_checker::engine::{applicable_questions, evaluate, expect_texts, fit_signs, follow_ups, Answers, Surgery};
use ims_checker::protocol::{default_protocol, Level};
use ims_checker::base::regions::{Area, Limb, Region, SurgerySite};
use libfuzzer_sys::fuzz_target;

/// Built once: building the protocol each run would dominate the time.
fn protocol() -> &'static ims_checker::protocol::Protocol {
    static PROTOCOL: std::sync::OnceLock<ims_checker::protocol::Protocol> = std::sync::OnceLock::new();
    PROTOCOL.get_or_init(default_protocol)
}

fuzz_target!(|data: &[u8]| {
    let protocol = protocol();
    let mut bytes = data.iter().copied();
    let mut next = move || usize::from(bytes.next().unwrap_or(0));
    let region = |n: usize| Region::ALL[n % Region::ALL.len()];
    let today = Date::from_day_number(i64::try_from(next() * 256 + next()).unwrap_or(0) * 3);
    let mut answers = Answers { widespread: next() % 5 == 0, ..Answers::default() };
    for _ in 0..next() % 5 {
        answers.regions.push(region(next()));
    }
    for question in &protocol.questions {
        let count = next() % 3;
        let ids = (0..count).map(|_| question.answers[next() % question.answers.len()].id.clone()).collect();
        answers.choices.insert(question.id.clone(), ids);
    }
    for _ in 0..next() % 4 {
        let date = Date::from_day_number(today.day_number() + 30 - i64::try_from(next() * 2).unwrap_or(0));
        let site = if next() % 5 == 0 { SurgerySite::Elsewhere } else { SurgerySite::Region(region(next())) };
        answers.surgeries.push(Surgery { site, date });
    }
    for _ in 0..next() % 3 {
        let area = if next() % 4 == 0 { Area::Limb(Limb::ALL[next() % 4]) } else { Area::Region(region(next())) };
        answers.lymphoedema_regions.push(area);
        answers.skin_infection_regions.push(region(next()));
    }
    let _ = applicable_questions(protocol, &answers);
    let _ = follow_ups(protocol, &answers);
    let _ = fit_signs(protocol, &answers);
    let _ = expect_texts(protocol, &answers);
    let first = evaluate(protocol, &answers, today);
    assert_eq!(first, evaluate(protocol, &answers, today), "deterministic");
    let ticked = answers.chosen("red-flags-general").iter().any(|id| id != "none");
    if ticked {
        let outcome = first.expect("an emergency tick always gives an outcome");
        assert!(outcome.level >= Level::Urgent);
    }
});

//! Safety invariants of the engine, checked on generated answers.

use ims_checker::base::date::Date;
use ims_checker::base::regions::{Area, Limb, Region, SurgerySite};
use ims_checker::config::ClinicConfig;
use ims_checker::engine::{applicable_questions, evaluate, Answers, InputError, ReasonScope, Surgery};
use ims_checker::protocol::{default_protocol, Category, Lang, Level, Protocol, Select};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

fn protocol() -> Protocol {
    default_protocol()
}

/// Raw choices, turned into [`Answers`] against the protocol by [`build`].
#[derive(Clone, Debug)]
struct Raw {
    regions: Vec<usize>,
    widespread: bool,
    /// Per question: whether to give a harmless answer, else which answers
    /// (indices, reduced modulo the answer count).
    picks: Vec<(bool, Vec<usize>)>,
    tick_emergency: bool,
    leave_out: Vec<usize>,
    surgeries: Vec<(usize, u32)>,
    lymphoedema: Vec<usize>,
    skin_infection: Vec<usize>,
    today: i64,
}

fn raw() -> impl Strategy<Value = Raw> {
    (
        prop::collection::vec(0..34usize, 0..4),
        any::<bool>(),
        prop::collection::vec((prop::bool::weighted(0.85), prop::collection::vec(0..8usize, 1..3)), 30),
        prop::bool::weighted(0.15),
        // Mostly complete answers; sometimes one question left out.
        prop::collection::vec(0..40usize, 0..=1).prop_filter("rarely", |v| v.is_empty() || v[0] % 4 == 0),
        prop::collection::vec((0..34usize, 0..200u32), 1..3),
        prop::collection::vec(0..34usize, 1..3),
        prop::collection::vec(0..34usize, 1..3),
        // 2000-01-01 to about 2035
        10_957..23_700i64,
    )
        .prop_map(
            |(regions, widespread, picks, tick_emergency, leave_out, surgeries, lymphoedema, skin_infection, today)| {
                Raw {
                    regions,
                    widespread,
                    picks,
                    tick_emergency,
                    leave_out,
                    surgeries,
                    lymphoedema,
                    skin_infection,
                    today,
                }
            },
        )
}

fn build(protocol: &Protocol, raw: &Raw) -> (Answers, Date) {
    let today = Date::from_day_number(raw.today);
    let region = |i: &usize| Region::ALL[i % Region::ALL.len()];
    let mut answers = Answers {
        regions: raw.regions.iter().map(region).collect(),
        widespread: raw.widespread,
        surgeries: raw
            .surgeries
            .iter()
            .map(|(r, days_ago)| Surgery {
                // Mostly at a chosen region, so surgery windows come into play;
                // now and then somewhere else.
                site: match raw.regions.get(r % raw.regions.len().max(1)) {
                    _ if r % 7 == 6 => SurgerySite::Elsewhere,
                    Some(chosen) if r % 3 != 0 => SurgerySite::Region(region(chosen)),
                    _ => SurgerySite::Region(region(r)),
                },
                date: Date::from_day_number(raw.today - i64::from(*days_ago)),
            })
            .collect(),
        // Regions, and now and then a whole limb.
        lymphoedema_regions: raw
            .lymphoedema
            .iter()
            .map(|i| {
                if i % 5 == 4 {
                    Area::Limb(Limb::ALL[i % 4])
                } else {
                    Area::Region(region(i))
                }
            })
            .collect(),
        skin_infection_regions: raw.skin_infection.iter().map(region).collect(),
        ..Answers::default()
    };
    for (i, question) in protocol.questions.iter().enumerate() {
        let (harmless, picks) = raw.picks.get(i).cloned().unwrap_or((true, vec![0]));
        let first_harmless = question.answers.iter().find(|a| a.effect.is_none() && !a.exclusive);
        let ids: Vec<String> = match (question.category, question.select) {
            (Category::EmergencyScreen, _) => emergency_screen_answers(question, raw.tick_emergency, &picks),
            (_, Select::One) if harmless && first_harmless.is_some() => {
                first_harmless.map(|a| vec![a.id.clone()]).unwrap_or_default()
            }
            (_, Select::One) => vec![question.answers[picks[0] % question.answers.len()].id.clone()],
            (_, Select::Many) => {
                let mut ids: Vec<String> = picks
                    .iter()
                    .map(|p| question.answers[p % question.answers.len()].id.clone())
                    .collect();
                ids.sort();
                ids.dedup();
                ids
            }
        };
        if !ids.is_empty() {
            answers.choices.insert(question.id.clone(), ids);
        }
    }
    for i in &raw.leave_out {
        if let Some(question) = protocol.questions.get(*i) {
            answers.choices.remove(&question.id);
        }
    }
    (answers, today)
}

/// The emergency screen's answers: "none", or ticks picked from the items.
fn emergency_screen_answers(question: &ims_checker::protocol::Question, tick: bool, picks: &[usize]) -> Vec<String> {
    if !tick {
        return vec!["none".to_string()];
    }
    picks
        .iter()
        .map(|p| &question.answers[p % question.answers.len()])
        .filter(|a| !a.exclusive)
        .map(|a| a.id.clone())
        .collect()
}

fn is_ticked(protocol: &Protocol, answers: &Answers) -> bool {
    let screen = protocol.emergency_screen().expect("screen");
    answers
        .chosen(&screen.id)
        .iter()
        .any(|id| screen.answer(id).is_some_and(|a| a.effect.is_some()))
}

/// Whether a property compared anything for a generated case (`false`: the
/// case did not apply, e.g. no question could take a contraindication), so a
/// test can count how many cases it really checked.
type Checked = Result<bool, TestCaseError>;

/// Any emergency-screen tick gives at least `urgent`, ends the check and
/// asks nothing else, whatever else was (or was not) answered.
fn emergency_tick_ends_the_check(raw: &Raw) -> Checked {
    let mut raw = raw.clone();
    raw.tick_emergency = true;
    let protocol = protocol();
    let (answers, today) = build(&protocol, &raw);
    if !is_ticked(&protocol, &answers) {
        return Ok(false);
    }
    let outcome =
        evaluate(&protocol, &answers, today).map_err(|e| TestCaseError::fail(format!("a tick gave errors: {e:?}")))?;
    prop_assert!(outcome.level >= Level::Urgent);
    prop_assert!(outcome.ended_at_emergency_screen);
    prop_assert!(outcome.regions.is_empty());
    prop_assert!(outcome.reasons.iter().all(|r| r.question == "red-flags-general"));
    let asked: Vec<&str> = applicable_questions(&protocol, &answers)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    prop_assert_eq!(asked, vec!["red-flags-general"]);
    Ok(true)
}

/// Changing an answer that adds nothing to one with an effect (a
/// contraindication or precaution) never makes the level, or any place's
/// level, less severe.
fn contraindication_never_lowers(
    raw: &Raw,
    question_pick: prop::sample::Index,
    answer_pick: prop::sample::Index,
) -> Checked {
    let protocol = protocol();
    let (mut answers, today) = build(&protocol, raw);
    let candidates: Vec<_> = applicable_questions(&protocol, &answers)
        .into_iter()
        .filter(|q| q.category.may_change_level() && q.select == Select::One)
        .filter(|q| q.answers.iter().any(|a| a.effect.is_none()) && q.answers.iter().any(|a| a.effect.is_some()))
        .collect();
    if candidates.is_empty() {
        return Ok(false);
    }
    let question = candidates[question_pick.index(candidates.len())];
    let harmless = question.answers.iter().find(|a| a.effect.is_none()).expect("filtered");
    let with_effect: Vec<_> = question.answers.iter().filter(|a| a.effect.is_some()).collect();
    let contraindication = with_effect[answer_pick.index(with_effect.len())];

    answers.choose(&question.id, &harmless.id);
    let before = evaluate(&protocol, &answers, today);
    answers.choose(&question.id, &contraindication.id);
    let after = evaluate(&protocol, &answers, today);
    let (Ok(before), Ok(after)) = (&before, &after) else {
        return Ok(false);
    };
    prop_assert!(
        after.level >= before.level,
        "{} -> {}: {:?} became {:?}",
        harmless.id,
        contraindication.id,
        before.level,
        after.level
    );
    prop_assert_eq!(before.regions.len(), after.regions.len());
    for (b, a) in before.regions.iter().zip(&after.regions) {
        prop_assert!(
            a.level >= b.level,
            "{}: {:?} became {:?}",
            b.region.id(),
            b.level,
            a.level
        );
    }
    Ok(true)
}

/// A clinic's stricter levels, whatever it asks for, never make an outcome
/// less severe: applying a configuration never goes past what the validator
/// accepts, even one built past the validator, as here.
fn clinic_configuration_never_lowers(raw: &Raw, asks: &[(prop::sample::Index, prop::sample::Index, usize)]) -> Checked {
    let protocol = protocol();
    let mut stricter_levels = Vec::new();
    for (question, answer, level) in asks {
        let q = &protocol.questions[question.index(protocol.questions.len())];
        let a = &q.answers[answer.index(q.answers.len())];
        stricter_levels.push((q.id.clone(), a.id.clone(), Level::ALL[*level]));
    }
    let config = ClinicConfig {
        clinic_name: "Test clinic".into(),
        stricter_levels,
        ..ClinicConfig::default()
    };
    let adjusted = config.apply(&protocol, Lang::EN);
    let (answers, today) = build(&protocol, raw);
    let (Ok(before), Ok(after)) = (
        evaluate(&protocol, &answers, today),
        evaluate(&adjusted, &answers, today),
    ) else {
        return Ok(false);
    };
    prop_assert!(after.level >= before.level);
    for (b, a) in before.regions.iter().zip(&after.regions) {
        prop_assert!(a.level >= b.level);
    }
    Ok(true)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// The outcome depends on what was chosen, not on the order it was
    /// chosen in: places and lists in reverse give the same outcome.
    #[test]
    fn the_order_of_choices_does_not_change_the_outcome(raw in raw()) {
        let protocol = protocol();
        let (answers, today) = build(&protocol, &raw);
        let mut reversed = answers.clone();
        reversed.regions.reverse();
        reversed.surgeries.reverse();
        reversed.lymphoedema_regions.reverse();
        reversed.skin_infection_regions.reverse();
        prop_assert_eq!(evaluate(&protocol, &answers, today), evaluate(&protocol, &reversed, today));
    }

    #[test]
    fn any_emergency_tick_gives_at_least_urgent_and_asks_nothing_else(raw in raw()) {
        emergency_tick_ends_the_check(&raw)?;
    }

    #[test]
    fn adding_a_contraindication_never_lowers_the_level(raw in raw(), question_pick in any::<prop::sample::Index>(), answer_pick in any::<prop::sample::Index>()) {
        contraindication_never_lowers(&raw, question_pick, answer_pick)?;
    }

    /// Every outcome names only chosen regions and existing rules, gives a
    /// date exactly when it says wait, and no place reads better than the
    /// whole result (the overall level is the least severe place).
    #[test]
    fn outcomes_are_well_formed(raw in raw()) {
        let protocol = protocol();
        let (answers, today) = build(&protocol, &raw);
        if let Ok(outcome) = evaluate(&protocol, &answers, today) {
            prop_assert_eq!(outcome.until.is_some(), outcome.level == Level::Wait);
            for region in &outcome.regions {
                prop_assert!(answers.regions.contains(&region.region));
                prop_assert_eq!(region.until.is_some(), region.level == Level::Wait);
                prop_assert!(region.level >= outcome.level, "{} reads {:?}, better than {:?}", region.region.id(), region.level, outcome.level);
                if let Some(until) = region.until {
                    prop_assert!(until > today);
                }
            }
            if let Some(least) = outcome.regions.iter().map(|r| r.level).min() {
                prop_assert_eq!(least, outcome.level);
            }
            for reason in &outcome.reasons {
                let answer = protocol.answer(&reason.question, &reason.answer);
                prop_assert!(answer.is_some(), "{}", reason.rule());
                if let ReasonScope::Regions(regions) = &reason.scope {
                    prop_assert!(!regions.is_empty());
                    prop_assert!(regions.iter().all(|r| answers.regions.contains(r)));
                }
            }
            prop_assert!(outcome.reasons.windows(2).all(|pair| pair[0].level >= pair[1].level));
        }
    }

    /// Answers to questions the protocol does not have are named in the
    /// errors (never a panic, never silently dropped), unless an emergency
    /// tick ends the check first.
    #[test]
    fn unknown_questions_are_named_in_the_errors(raw in raw(), junk in prop::collection::btree_map("[a-z-]{1,12}", prop::collection::vec("[a-z-]{0,8}", 0..3), 1..4)) {
        let protocol = protocol();
        let (mut answers, today) = build(&protocol, &raw);
        let unknown: Vec<String> = junk.keys().filter(|q| protocol.question(q).is_none()).cloned().collect();
        let ticked = is_ticked(&protocol, &answers);
        answers.choices.extend(junk.into_iter().filter(|(q, _)| protocol.question(q).is_none()));
        let result = evaluate(&protocol, &answers, today);
        if ticked {
            prop_assert!(result.is_ok(), "an emergency tick always gives an outcome");
        } else {
            let errors = result.expect_err("unknown questions are errors");
            for question in unknown {
                prop_assert!(errors.contains(&InputError::UnknownQuestion { question: question.clone() }), "{question} not named in {errors:?}");
            }
        }
    }

    #[test]
    fn clinic_configuration_never_lowers_a_level(raw in raw(), asks in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0..7usize), 1..4)) {
        clinic_configuration_never_lowers(&raw, &asks)?;
    }
}

/// The properties that may skip a case (it does not apply, or the answers
/// do not evaluate) still check most generated cases: each is counted.
#[test]
fn properties_check_most_generated_cases() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let index = any::<prop::sample::Index>();
    let asks = prop::collection::vec(
        (any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0..7usize),
        1..4,
    );
    let (mut ticks, mut contraindications, mut clinics) = (0, 0, 0);
    let cases = 400;
    for _ in 0..cases {
        let raw = raw().new_tree(&mut runner).expect("value").current();
        let (q, a) = (
            index.new_tree(&mut runner).expect("index").current(),
            index.new_tree(&mut runner).expect("index").current(),
        );
        let asks = asks.new_tree(&mut runner).expect("asks").current();
        ticks += usize::from(emergency_tick_ends_the_check(&raw).expect("property holds"));
        contraindications += usize::from(contraindication_never_lowers(&raw, q, a).expect("property holds"));
        clinics += usize::from(clinic_configuration_never_lowers(&raw, &asks).expect("property holds"));
    }
    println!("of {cases} cases checked: emergency ticks {ticks}, contraindications {contraindications}, clinic levels {clinics}");
    assert!(
        ticks * 10 >= cases * 9,
        "emergency ticks checked only {ticks} of {cases}"
    );
    assert!(
        contraindications * 2 >= cases,
        "contraindications checked only {contraindications} of {cases}"
    );
    assert!(clinics * 5 >= cases, "clinic levels checked only {clinics} of {cases}");
}

/// The generator reaches real outcomes often enough for the properties to mean something.
#[test]
fn generated_answers_mostly_evaluate() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let protocol = protocol();
    let mut runner = TestRunner::deterministic();
    let mut levels = std::collections::BTreeSet::new();
    let mut ok = 0;
    for _ in 0..3000 {
        let raw = raw().new_tree(&mut runner).expect("value").current();
        let (answers, today) = build(&protocol, &raw);
        if let Ok(outcome) = evaluate(&protocol, &answers, today) {
            ok += 1;
            levels.insert(outcome.level);
        }
    }
    assert!(ok > 1500, "only {ok} of 3000 generated answers evaluate");
    assert_eq!(levels.len(), Level::ALL.len(), "every level is reached: {levels:?}");
}

/// Every region and answer id the protocol names exists and resolves back.
#[test]
fn every_id_the_protocol_names_exists() {
    let protocol = protocol();
    for question in &protocol.questions {
        for answer in &question.answers {
            assert!(protocol.answer(&question.id, &answer.id).is_some());
            if let Some(set) = &answer.shown_for {
                assert!(
                    !set.regions.is_empty() || set.widespread,
                    "{}/{}",
                    question.id,
                    answer.id
                );
                for region in &set.regions {
                    assert_eq!(Region::from_id(region.id()), Some(*region));
                }
            }
        }
        if let ims_checker::protocol::AskedWhen::AnyOf(set) = &question.asked_when {
            assert!(!set.regions.is_empty());
            for region in &set.regions {
                assert_eq!(Region::from_id(region.id()), Some(*region));
            }
        }
    }
}

/// Level order is the facts' order, most severe first.
#[test]
fn levels_are_ordered_by_severity() {
    let ids: Vec<&str> = Level::ALL.iter().map(|l| l.id()).collect();
    assert_eq!(
        ids,
        [
            "emergency",
            "urgent",
            "see-doctor",
            "not-suitable",
            "wait",
            "talk-first",
            "suitable"
        ]
    );
    assert!(Level::ALL.windows(2).all(|pair| pair[0] > pair[1]));
}

/// On an otherwise harmless check (every required question given an answer
/// with no effect), each single answer with an effect gives at least its own
/// level, with itself among the reasons. Exhaustive over the protocol, so a
/// rule that silently stops counting (a precaution treated as suitable) fails
/// here even where the random properties above would hide it behind another answer.
#[test]
fn each_effect_alone_gives_at_least_its_own_level() {
    use ims_checker::protocol::Scope;
    let protocol = protocol();
    let today = Date::parse("2026-11-22").expect("date");
    let regions = vec![
        Region::LowBack,
        Region::Chest,
        Region::Knee(ims_checker::base::regions::Side::Left),
    ];
    let mut baseline = Answers {
        regions: regions.clone(),
        ..Answers::default()
    };
    for question in &protocol.questions {
        if question.category == Category::EmergencyScreen {
            baseline.choose_many(&question.id, &["none"]);
        } else if let Some(harmless) = question.answers.iter().find(|a| a.effect.is_none() && a.asks.is_none()) {
            baseline.choose(&question.id, &harmless.id);
        }
    }
    let calm = evaluate(&protocol, &baseline, today).expect("the harmless baseline evaluates");
    assert_eq!(calm.level, Level::Suitable, "baseline reasons: {:?}", calm.reasons);

    let mut checked = 0;
    for question in protocol
        .questions
        .iter()
        .filter(|q| q.category != Category::EmergencyScreen)
    {
        for answer in question.answers.iter() {
            let Some(effect) = &answer.effect else { continue };
            let mut answers = baseline.clone();
            answers.choose(&question.id, &answer.id);
            match effect.scope {
                Scope::Visit => {}
                Scope::ListedRegions(_) => {
                    answers.lymphoedema_regions = regions.iter().map(|r| Area::Region(*r)).collect();
                    answers.skin_infection_regions = regions.clone();
                }
                Scope::SurgeryWindows { .. } => {
                    answers.surgeries = regions
                        .iter()
                        .map(|region| Surgery {
                            site: SurgerySite::Region(*region),
                            date: Date::parse("2026-11-01").expect("date"),
                        })
                        .collect();
                }
            }
            let outcome =
                evaluate(&protocol, &answers, today).unwrap_or_else(|e| panic!("{}/{}: {e:?}", question.id, answer.id));
            assert!(
                outcome.level >= effect.level,
                "{}/{} alone gives {:?}, below its own {:?}",
                question.id,
                answer.id,
                outcome.level,
                effect.level
            );
            assert!(
                outcome
                    .reasons
                    .iter()
                    .any(|r| r.question == question.id && r.answer == answer.id),
                "{}/{} is missing from the reasons",
                question.id,
                answer.id
            );
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} answers with effects were checked");
}

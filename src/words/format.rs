//! Sentences made from the words: numbers in the language's digits, dates
//! in words, page headings and progress, region names, and the messages
//! that fill a placeholder (what to fix before moving on).
use super::Words;
use crate::base::date::Date;
use crate::base::regions::{Limb, Part, Region, Side};
use crate::base::text::replace_all;
use crate::journey::{Blocker, DatePart, DateParts, Page, Step, Topic};
use crate::protocol::{FollowUp, Level, Protocol};

impl Words {
    /// `number` in the language's digits.
    pub fn number(&self, number: impl ToString) -> String {
        number
            .to_string()
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .and_then(|d| self.digits.chars().nth(d as usize))
                    .unwrap_or(c)
            })
            .collect()
    }

    pub fn step_label(&self, step: Step) -> String {
        replace_all(self.step_of, "{n}", &self.number(step.number()))
    }

    pub fn step_title(&self, step: Step) -> &'static str {
        self.step_titles[usize::from(step.number() - 1)]
    }

    /// A page's heading: its step's title, or its own for the page after
    /// the places, who the check is for and each checklist (which speaks of
    /// "the person" when `someone_else` answers).
    pub fn page_title(&self, page: Page, someone_else: bool) -> &'static str {
        match page {
            Page::AboutPain => self.about_title,
            Page::Conditions => self.conditions_title,
            Page::Health(Topic::ForWhom) => self.for_whom,
            Page::Health(topic) if topic.is_checklist() => self.check_titles[usize::from(someone_else)],
            other => self.step_title(other.step()),
        }
    }

    /// "Question 5 of 9": the pages of questions the answers call for. The
    /// result has none.
    pub fn progress(&self, step: Step, (part, parts): (usize, usize)) -> String {
        if step == Step::Result {
            return String::new();
        }
        let part = replace_all(self.part_of, "{n}", &self.number(part));
        replace_all(&part, "{total}", &self.number(parts))
    }

    /// A blocker's message naming the question it is about (the other
    /// blockers' messages name theirs already).
    pub fn blocker_named(&self, blocker: &Blocker, protocol: &Protocol, operations: usize) -> String {
        match blocker {
            Blocker::Unanswered { question } => match protocol.question(question) {
                Some(q) => replace_all(self.err_unanswered_named, "{question}", q.prompt.get(self.lang)),
                None => self.err_unanswered.into(),
            },
            other => self.blocker(other, operations),
        }
    }

    pub fn limb_name(&self, limb: Limb) -> &'static str {
        let at = Limb::ALL.iter().position(|l| *l == limb).unwrap_or(0);
        self.limbs[at]
    }

    pub fn level_name(&self, level: Level) -> &'static str {
        let at = Level::ALL.iter().position(|l| *l == level).unwrap_or(0);
        self.level_names[at]
    }

    /// What to fix, in words. `operations` is how many operation rows the
    /// step shows, so an operation's message names its row ("operation 2"),
    /// or "the operation" when it is the only one.
    pub fn blocker(&self, blocker: &Blocker, operations: usize) -> String {
        let message = match blocker {
            Blocker::Unanswered { .. } => return self.err_unanswered.into(),
            Blocker::NoRegions => return self.err_no_regions.into(),
            Blocker::NothingTicked { .. } => return self.err_nothing_ticked.into(),
            Blocker::UnsureOfNothing { .. } => return self.err_unsure_of_nothing.into(),
            Blocker::EmptyList { follow_up } => {
                let title = match follow_up {
                    FollowUp::LymphoedemaRegions => self.listed_title_lymphoedema,
                    FollowUp::SkinInfectionRegions => self.listed_title_skin,
                    FollowUp::Surgeries => self.surgery_title,
                };
                return format!("{title} {}", self.err_empty_list);
            }
            Blocker::Other { message } => return message.clone(),
            Blocker::SurgeryWithoutRegion { .. } => self.err_surgery_region.into(),
            Blocker::SurgeryWithoutDate { missing, .. } if *missing != DateParts::ALL => {
                let mut named = String::new();
                for part in missing.parts() {
                    if !named.is_empty() {
                        named.push_str(self.and);
                    }
                    named.push_str(self.date_parts_named[part_at(part)]);
                }
                replace_all(self.err_date_parts_missing, "{parts}", &named)
            }
            Blocker::SurgeryWithoutDate { .. } => self.err_surgery_date.into(),
            Blocker::SurgeryDatePartWrong { part, .. } => self.err_date_part[part_at(*part)].into(),
            Blocker::SurgeryNoSuchDay { day, month, year, .. } => replace_all(
                self.err_no_such_day,
                "{date}",
                &self.day_month_year(*day, *month, *year),
            ),
            Blocker::FutureSurgery { .. } => self.err_future_surgery.into(),
            Blocker::SurgeryYearTooEarly { year, .. } => {
                replace_all(self.err_year_too_early, "{year}", &self.number(year))
            }
        };
        let index = blocker.surgery_row().unwrap_or(0);
        let operation = if operations > 1 {
            replace_all(self.surgery_nth, "{n}", &self.number(index + 1))
        } else {
            self.surgery_the.to_string()
        };
        replace_all(&message, "{op}", &operation)
    }

    /// The label of a date field.
    pub fn date_label(&self, part: DatePart) -> &'static str {
        self.date_labels[part_at(part)]
    }

    /// "from March 1, 2027" / "à partir du 1er mars 2027".
    pub fn starting(&self, date: Date) -> String {
        replace_all(self.from_date, "{date}", &self.date(date))
    }

    /// A date as a person reads it: "March 1, 2027" / "1 mars 2027".
    pub fn date(&self, date: Date) -> String {
        self.day_month_year(date.day(), date.month(), date.year())
    }

    /// A day, month and year in words, real or not ("February 31, 2026"),
    /// for the message that says a typed date does not exist.
    fn day_month_year(&self, day: u8, month: u8, year: u16) -> String {
        let month = self.months[usize::from(month.clamp(1, 12) - 1)];
        let day = if day == 1 {
            self.day_one.to_string()
        } else {
            self.number(day)
        };
        let date = replace_all(self.date_pattern, "{month}", month);
        replace_all(&replace_all(&date, "{day}", &day), "{year}", &self.number(year))
    }
}

/// Where a date part's words sit in the tables by part (day, month, year).
fn part_at(part: DatePart) -> usize {
    match part {
        DatePart::Day => 0,
        DatePart::Month => 1,
        DatePart::Year => 2,
    }
}

/// A region's name in `w`: "Left knee" / "Genou, côté gauche".
pub fn region_name(region: Region, w: &Words) -> String {
    let (part, side) = region.part_and_side();
    let name = w.parts[part as usize];
    let pattern = match side {
        None => return name.to_string(),
        Some(Side::Left) => w.left_of,
        Some(Side::Right) => w.right_of,
    };
    // Both replaced: a pattern holds one of the two. (Not `str::contains`,
    // whose substring search is large in the wasm.)
    let as_written = replace_all(pattern, "{Part}", name);
    replace_all(&as_written, "{part}", &name.to_ascii_lowercase())
}

/// The checklist group a region is listed under (index into `Words::groups`).
pub fn group_of(region: Region) -> usize {
    match region.part() {
        Part::Head | Part::Jaw | Part::Neck => 0,
        Part::UpperBack | Part::Chest | Part::MidBack | Part::LowBack => 1,
        Part::Shoulder | Part::UpperArm | Part::Elbow | Part::Forearm | Part::WristHand => 2,
        Part::Hip | Part::Buttock | Part::Thigh | Part::Knee | Part::Shin | Part::Calf | Part::Ankle | Part::Foot => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::tests::french;
    use crate::words::EN;

    #[test]
    fn region_names_are_distinct_in_each_language() {
        let fr = french();
        for w in [&EN, &fr] {
            let mut names: Vec<_> = Region::ALL.iter().map(|r| region_name(*r, w)).collect();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), 34, "{:?}", w.lang);
        }
        let knee = Region::from_id("knee-left").expect("region");
        assert_eq!(region_name(knee, &EN), "Left knee");
        assert_eq!(region_name(knee, &fr), "Genou, côté gauche");
    }

    #[test]
    fn dates_read_naturally() {
        let date = Date::parse("2027-03-01").expect("date");
        assert_eq!(EN.date(date), "March 1, 2027");
        let fr = french();
        assert_eq!(fr.date(date), "1er mars 2027");
        assert_eq!(fr.date(Date::parse("2027-02-28").expect("date")), "28 février 2027");
    }

    /// A year before 1900 asks the visitor to check it, naming the year as
    /// typed and the row, in both languages.
    #[test]
    fn a_year_before_1900_asks_to_check_the_year() {
        let blocker = Blocker::SurgeryYearTooEarly { index: 0, year: 1404 };
        assert_eq!(
            EN.blocker(&blocker, 1),
            "The year 1404 is before 1900. Please check the year of the operation. Use the Gregorian calendar, as in 2026."
        );
        assert_eq!(
            french().blocker(&blocker, 1),
            "L'année 1404 est avant 1900. Veuillez vérifier l'année de l'opération. Utilisez le calendrier grégorien, comme 2026."
        );
        assert_eq!(blocker.date_parts(), DateParts::of(&[DatePart::Year]));
    }

    /// Each operation's message names its row ("the operation" when it is
    /// the only one) and the part at fault, in both languages.
    #[test]
    fn an_operation_message_names_its_row_and_its_part() {
        let cases = [
            (
                Blocker::SurgeryDatePartWrong {
                    index: 1,
                    part: DatePart::Month,
                },
                2,
                "Please pick the month of operation\u{a0}2 from the list.",
                "Veuillez choisir le mois de l'opération\u{a0}2 dans la liste.",
            ),
            (
                Blocker::SurgeryNoSuchDay {
                    index: 0,
                    day: 31,
                    month: 2,
                    year: 2026,
                },
                1,
                "February 31, 2026 is not a real date. Please check the day of the operation.",
                "Le 31 février 2026 n'existe pas. Veuillez vérifier le jour de l'opération.",
            ),
            (
                Blocker::SurgeryWithoutDate {
                    index: 2,
                    missing: DateParts::of(&[DatePart::Day, DatePart::Year]),
                },
                3,
                "Please enter the day and year of operation\u{a0}3.",
                "Veuillez entrer le jour et l'année de l'opération\u{a0}3.",
            ),
            (
                Blocker::SurgeryWithoutDate {
                    index: 0,
                    missing: DateParts::ALL,
                },
                1,
                "Please enter the date of the operation.",
                "Veuillez entrer la date de l'opération.",
            ),
            (
                Blocker::FutureSurgery { index: 1 },
                2,
                "The date of operation\u{a0}2 is in the future. Please enter the date of an operation you have had.",
                "La date de l'opération\u{a0}2 est dans le futur. Veuillez entrer la date d'une opération déjà faite.",
            ),
        ];
        let french = french();
        for (blocker, operations, en, fr) in cases {
            assert_eq!(EN.blocker(&blocker, operations), en);
            assert_eq!(french.blocker(&blocker, operations), fr);
        }
    }

    #[test]
    fn every_region_has_a_checklist_group() {
        for group in 0..4 {
            assert!(Region::ALL.iter().any(|r| group_of(*r) == group));
        }
    }
}

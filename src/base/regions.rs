//! The 34 body regions of the screening facts and which of them touch.
//!
//! Region ids are a stable contract: the protocol, the engine, the
//! command-line tool, `data-region` in the widget's markup and the tests all
//! use them. Left and right are the visitor's own.

/// Which side of the body a paired region is on (the visitor's own side).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    Left,
    Right,
}

/// One body region. Ordered head to foot, so lists built from it read naturally.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    Head,
    Jaw(Side),
    Neck,
    Shoulder(Side),
    UpperBack,
    Chest,
    UpperArm(Side),
    Elbow(Side),
    Forearm(Side),
    WristHand(Side),
    MidBack,
    LowBack,
    Hip(Side),
    Buttock(Side),
    Thigh(Side),
    Knee(Side),
    Shin(Side),
    Calf(Side),
    Ankle(Side),
    Foot(Side),
}

/// The kind of a region without its side: what adjacency is defined on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Head,
    Jaw,
    Neck,
    Shoulder,
    UpperBack,
    Chest,
    UpperArm,
    Elbow,
    Forearm,
    WristHand,
    MidBack,
    LowBack,
    Hip,
    Buttock,
    Thigh,
    Knee,
    Shin,
    Calf,
    Ankle,
    Foot,
}

use Part as P;

/// Every part, head to foot, with its id stem and whether it comes in pairs.
const PARTS: [(Part, &str, bool); 20] = [
    (P::Head, "head", false),
    (P::Jaw, "jaw", true),
    (P::Neck, "neck", false),
    (P::Shoulder, "shoulder", true),
    (P::UpperBack, "upper-back", false),
    (P::Chest, "chest", false),
    (P::UpperArm, "upper-arm", true),
    (P::Elbow, "elbow", true),
    (P::Forearm, "forearm", true),
    (P::WristHand, "wrist-hand", true),
    (P::MidBack, "mid-back", false),
    (P::LowBack, "low-back", false),
    (P::Hip, "hip", true),
    (P::Buttock, "buttock", true),
    (P::Thigh, "thigh", true),
    (P::Knee, "knee", true),
    (P::Shin, "shin", true),
    (P::Calf, "calf", true),
    (P::Ankle, "ankle", true),
    (P::Foot, "foot", true),
];

/// The adjacency table of the screening facts, one row per part.
/// Pairs touch only on the same side; a single part touches both sides of a pair.
/// The relation is symmetric; `adjacency_is_symmetric` checks the table.
const ADJACENT: [(Part, &[Part]); 20] = [
    (P::Head, &[P::Jaw, P::Neck]),
    (P::Jaw, &[P::Head, P::Neck]),
    (P::Neck, &[P::Head, P::Jaw, P::Shoulder, P::UpperBack, P::Chest]),
    (P::Shoulder, &[P::Neck, P::UpperBack, P::Chest, P::UpperArm]),
    (P::UpperBack, &[P::Neck, P::Shoulder, P::MidBack]),
    (P::Chest, &[P::Neck, P::Shoulder]),
    (P::UpperArm, &[P::Shoulder, P::Elbow]),
    (P::Elbow, &[P::UpperArm, P::Forearm]),
    (P::Forearm, &[P::Elbow, P::WristHand]),
    (P::WristHand, &[P::Forearm]),
    (P::MidBack, &[P::UpperBack, P::LowBack]),
    (P::LowBack, &[P::MidBack, P::Buttock, P::Hip]),
    (P::Hip, &[P::LowBack, P::Buttock, P::Thigh]),
    (P::Buttock, &[P::LowBack, P::Hip, P::Thigh]),
    (P::Thigh, &[P::Hip, P::Buttock, P::Knee]),
    (P::Knee, &[P::Thigh, P::Shin, P::Calf]),
    (P::Shin, &[P::Knee, P::Ankle]),
    (P::Calf, &[P::Knee, P::Ankle]),
    (P::Ankle, &[P::Shin, P::Calf, P::Foot]),
    (P::Foot, &[P::Ankle]),
];

impl Part {
    /// The id stem: `knee` for both knees.
    pub fn stem(self) -> &'static str {
        PARTS.iter().find(|row| row.0 == self).map_or("", |row| row.1)
    }

    /// Whether the part comes as a left and a right region.
    pub fn is_paired(self) -> bool {
        PARTS.iter().any(|row| row.0 == self && row.2)
    }

    fn neighbours(self) -> &'static [Part] {
        ADJACENT.iter().find(|row| row.0 == self).map_or(&[], |row| row.1)
    }
}

impl Region {
    /// All 34 regions, head to foot, the visitor's left before right.
    pub const ALL: [Region; 34] = {
        use Region::*;
        use Side::{Left as L, Right as R};
        [
            Head,
            Jaw(L),
            Jaw(R),
            Neck,
            Shoulder(L),
            Shoulder(R),
            UpperBack,
            Chest,
            UpperArm(L),
            UpperArm(R),
            Elbow(L),
            Elbow(R),
            Forearm(L),
            Forearm(R),
            WristHand(L),
            WristHand(R),
            MidBack,
            LowBack,
            Hip(L),
            Hip(R),
            Buttock(L),
            Buttock(R),
            Thigh(L),
            Thigh(R),
            Knee(L),
            Knee(R),
            Shin(L),
            Shin(R),
            Calf(L),
            Calf(R),
            Ankle(L),
            Ankle(R),
            Foot(L),
            Foot(R),
        ]
    };

    /// The region's part and, for pairs, its side.
    pub fn part_and_side(self) -> (Part, Option<Side>) {
        use Region::*;
        match self {
            Head => (P::Head, None),
            Neck => (P::Neck, None),
            UpperBack => (P::UpperBack, None),
            Chest => (P::Chest, None),
            MidBack => (P::MidBack, None),
            LowBack => (P::LowBack, None),
            Jaw(s) => (P::Jaw, Some(s)),
            Shoulder(s) => (P::Shoulder, Some(s)),
            UpperArm(s) => (P::UpperArm, Some(s)),
            Elbow(s) => (P::Elbow, Some(s)),
            Forearm(s) => (P::Forearm, Some(s)),
            WristHand(s) => (P::WristHand, Some(s)),
            Hip(s) => (P::Hip, Some(s)),
            Buttock(s) => (P::Buttock, Some(s)),
            Thigh(s) => (P::Thigh, Some(s)),
            Knee(s) => (P::Knee, Some(s)),
            Shin(s) => (P::Shin, Some(s)),
            Calf(s) => (P::Calf, Some(s)),
            Ankle(s) => (P::Ankle, Some(s)),
            Foot(s) => (P::Foot, Some(s)),
        }
    }

    pub fn part(self) -> Part {
        self.part_and_side().0
    }

    pub fn side(self) -> Option<Side> {
        self.part_and_side().1
    }

    /// The stable id, e.g. `low-back` or `knee-left`.
    pub fn id(self) -> &'static str {
        // One table of ids keeps `id` and `from_id` exact inverses.
        REGION_IDS[self.index()]
    }

    /// Position in [`Region::ALL`].
    pub fn index(self) -> usize {
        Region::ALL.iter().position(|r| *r == self).unwrap_or(0)
    }

    pub fn from_id(id: &str) -> Option<Region> {
        REGION_IDS.iter().position(|known| *known == id).map(|i| Region::ALL[i])
    }

    /// Whether two distinct regions touch, per the screening facts' table.
    pub fn is_adjacent(self, other: Region) -> bool {
        if self == other {
            return false;
        }
        let (a, a_side) = self.part_and_side();
        let (b, b_side) = other.part_and_side();
        let same_side_or_single = match (a_side, b_side) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        };
        same_side_or_single && a.neighbours().contains(&b)
    }

    /// Every region that touches this one.
    pub fn neighbours(self) -> impl Iterator<Item = Region> {
        Region::ALL.into_iter().filter(move |r| self.is_adjacent(*r))
    }
}

/// Region ids in the order of [`Region::ALL`].
const REGION_IDS: [&str; 34] = [
    "head",
    "jaw-left",
    "jaw-right",
    "neck",
    "shoulder-left",
    "shoulder-right",
    "upper-back",
    "chest",
    "upper-arm-left",
    "upper-arm-right",
    "elbow-left",
    "elbow-right",
    "forearm-left",
    "forearm-right",
    "wrist-hand-left",
    "wrist-hand-right",
    "mid-back",
    "low-back",
    "hip-left",
    "hip-right",
    "buttock-left",
    "buttock-right",
    "thigh-left",
    "thigh-right",
    "knee-left",
    "knee-right",
    "shin-left",
    "shin-right",
    "calf-left",
    "calf-right",
    "ankle-left",
    "ankle-right",
    "foot-left",
    "foot-right",
];

/// The body-map option that is not a region: pain in many places.
pub const WIDESPREAD: &str = "widespread";

/// The surgery "where" option that is no region: somewhere away from the
/// painful places. It adds nothing to the outcome.
pub const ELSEWHERE: &str = "elsewhere";

/// A whole arm or leg, which lymphoedema names as one: an arm is shoulder,
/// upper arm, elbow, forearm and wrist-hand; a leg is hip, buttock, thigh,
/// knee, shin, calf, ankle and foot, on that side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Limb {
    Arm(Side),
    Leg(Side),
}

impl Limb {
    pub const ALL: [Limb; 4] = [
        Limb::Arm(Side::Left),
        Limb::Arm(Side::Right),
        Limb::Leg(Side::Left),
        Limb::Leg(Side::Right),
    ];

    pub fn id(self) -> &'static str {
        match self {
            Limb::Arm(Side::Left) => "arm-left",
            Limb::Arm(Side::Right) => "arm-right",
            Limb::Leg(Side::Left) => "leg-left",
            Limb::Leg(Side::Right) => "leg-right",
        }
    }

    pub fn from_id(id: &str) -> Option<Limb> {
        Limb::ALL.into_iter().find(|limb| limb.id() == id)
    }

    pub fn side(self) -> Side {
        match self {
            Limb::Arm(side) | Limb::Leg(side) => side,
        }
    }
}

impl Region {
    /// The limb a region belongs to; `None` for the head, neck and trunk.
    pub fn limb(self) -> Option<Limb> {
        let (part, side) = self.part_and_side();
        let side = side?;
        match part {
            Part::Shoulder | Part::UpperArm | Part::Elbow | Part::Forearm | Part::WristHand => Some(Limb::Arm(side)),
            Part::Hip
            | Part::Buttock
            | Part::Thigh
            | Part::Knee
            | Part::Shin
            | Part::Calf
            | Part::Ankle
            | Part::Foot => Some(Limb::Leg(side)),
            _ => None,
        }
    }
}

/// A place the lymphoedema list names: one region or a whole limb.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    Region(Region),
    Limb(Limb),
}

impl Area {
    pub fn id(self) -> &'static str {
        match self {
            Area::Region(region) => region.id(),
            Area::Limb(limb) => limb.id(),
        }
    }

    /// A region id or a limb id (`arm-left`).
    pub fn from_id(id: &str) -> Option<Area> {
        Region::from_id(id)
            .map(Area::Region)
            .or_else(|| Limb::from_id(id).map(Area::Limb))
    }

    /// Whether `region` is this area, reading a region inside a limb as that
    /// whole limb: lymphoedema in the forearm is lymphoedema of the arm.
    pub fn reaches(self, region: Region) -> bool {
        match self {
            Area::Limb(limb) => region.limb() == Some(limb),
            Area::Region(named) => named == region || named.limb().is_some_and(|limb| region.limb() == Some(limb)),
        }
    }
}

/// Where an operation was: a region, or somewhere else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SurgerySite {
    Region(Region),
    /// Away from the painful places; reaches no region.
    Elsewhere,
}

impl SurgerySite {
    pub fn id(self) -> &'static str {
        match self {
            SurgerySite::Region(region) => region.id(),
            SurgerySite::Elsewhere => ELSEWHERE,
        }
    }

    /// A region id or `elsewhere`.
    pub fn from_id(id: &str) -> Option<SurgerySite> {
        if id == ELSEWHERE {
            return Some(SurgerySite::Elsewhere);
        }
        Region::from_id(id).map(SurgerySite::Region)
    }

    pub fn region(self) -> Option<Region> {
        match self {
            SurgerySite::Region(region) => Some(region),
            SurgerySite::Elsewhere => None,
        }
    }
}

/// Sorts `items` by `is_less`, keeping the order of equal ones: an insertion
/// sort, which costs the widget far less code than the standard library's
/// sorts and is quick for the few regions or reasons it is given.
pub(crate) fn insertion_sort_by<T>(items: &mut [T], is_less: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 {
            let (Some(before), Some(at)) = (items.get(j - 1), items.get(j)) else {
                break;
            };
            if !is_less(at, before) {
                break;
            }
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts regions head to foot (their `Ord`), as `sort_unstable` would.
pub fn sort_regions(regions: &mut [Region]) {
    insertion_sort_by(regions, |a, b| a < b);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(id: &str) -> Region {
        Region::from_id(id).expect("region id")
    }

    #[test]
    fn limbs_hold_exactly_the_facts_regions() {
        let arm = ["shoulder", "upper-arm", "elbow", "forearm", "wrist-hand"];
        let leg = ["hip", "buttock", "thigh", "knee", "shin", "calf", "ankle", "foot"];
        for region in Region::ALL {
            let (part, side) = region.part_and_side();
            let expected = match side {
                Some(side) if arm.contains(&part.stem()) => Some(Limb::Arm(side)),
                Some(side) if leg.contains(&part.stem()) => Some(Limb::Leg(side)),
                _ => None,
            };
            assert_eq!(region.limb(), expected, "{}", region.id());
        }
        for limb in Limb::ALL {
            assert_eq!(Limb::from_id(limb.id()), Some(limb));
            assert_eq!(Area::from_id(limb.id()), Some(Area::Limb(limb)));
        }
        assert_eq!(Region::ALL.iter().filter(|r| r.limb().is_some()).count(), 26);
    }

    #[test]
    fn a_region_inside_a_limb_reaches_the_whole_limb() {
        let forearm = Area::Region(region("forearm-left"));
        assert!(forearm.reaches(region("shoulder-left")));
        assert!(forearm.reaches(region("wrist-hand-left")));
        assert!(!forearm.reaches(region("shoulder-right")));
        assert!(!forearm.reaches(region("neck")));
        assert!(!forearm.reaches(region("hip-left")));
        let neck = Area::Region(region("neck"));
        assert!(neck.reaches(region("neck")));
        assert!(!neck.reaches(region("shoulder-left")));
        assert!(Area::Limb(Limb::Leg(Side::Right)).reaches(region("buttock-right")));
        assert!(!Area::Limb(Limb::Leg(Side::Right)).reaches(region("low-back")));
    }

    #[test]
    fn surgery_sites_read_region_ids_and_elsewhere() {
        assert_eq!(SurgerySite::from_id("elsewhere"), Some(SurgerySite::Elsewhere));
        assert_eq!(
            SurgerySite::from_id("knee-left"),
            Some(SurgerySite::Region(region("knee-left")))
        );
        assert_eq!(SurgerySite::from_id("arm-left"), None);
        assert_eq!(SurgerySite::Elsewhere.id(), ELSEWHERE);
    }

    #[test]
    fn insertion_sort_matches_the_standard_sorts() {
        let mut regions: Vec<Region> = Region::ALL.iter().rev().copied().collect();
        regions.extend(Region::ALL.iter().step_by(3).copied());
        let mut expected = regions.clone();
        expected.sort_unstable();
        sort_regions(&mut regions);
        assert_eq!(regions, expected);

        // Stable: equal keys keep their order, as sort_by_key does.
        let mut pairs: Vec<(u8, usize)> = [3, 1, 3, 2, 1, 3, 0].iter().copied().zip(0..).collect();
        let mut expected = pairs.clone();
        expected.sort_by_key(|p| core::cmp::Reverse(p.0));
        insertion_sort_by(&mut pairs, |a, b| a.0 > b.0);
        assert_eq!(pairs, expected);
    }

    #[test]
    fn ids_follow_the_stem_and_side_naming() {
        for region in Region::ALL {
            let (part, side) = region.part_and_side();
            let expected = match side {
                None => part.stem().to_string(),
                Some(Side::Left) => format!("{}-left", part.stem()),
                Some(Side::Right) => format!("{}-right", part.stem()),
            };
            assert_eq!(region.id(), expected);
            assert_eq!(part.is_paired(), side.is_some(), "{}", region.id());
            assert_eq!(Region::from_id(region.id()), Some(region));
        }
        assert_eq!(Region::from_id("widespread"), None);
        assert_eq!(Region::from_id("knee"), None);
    }

    #[test]
    fn there_are_34_distinct_regions() {
        let mut ids: Vec<_> = Region::ALL.iter().map(|r| r.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 34);
    }

    #[test]
    fn adjacency_is_symmetric() {
        for a in Region::ALL {
            for b in Region::ALL {
                assert_eq!(a.is_adjacent(b), b.is_adjacent(a), "{} / {}", a.id(), b.id());
            }
        }
    }

    #[test]
    fn adjacency_matches_the_facts_table() {
        let cases: &[(&str, &[&str])] = &[
            ("head", &["jaw-left", "jaw-right", "neck"]),
            (
                "neck",
                &[
                    "head",
                    "jaw-left",
                    "jaw-right",
                    "shoulder-left",
                    "shoulder-right",
                    "upper-back",
                    "chest",
                ],
            ),
            ("knee-left", &["thigh-left", "shin-left", "calf-left"]),
            (
                "low-back",
                &["mid-back", "hip-left", "hip-right", "buttock-left", "buttock-right"],
            ),
            ("wrist-hand-right", &["forearm-right"]),
        ];
        for (id, expected) in cases {
            let region = Region::from_id(id).expect("known id");
            let mut got: Vec<_> = region.neighbours().map(Region::id).collect();
            let mut want = expected.to_vec();
            got.sort_unstable();
            want.sort_unstable();
            assert_eq!(got, want, "neighbours of {id}");
        }
        let knee_l = Region::from_id("knee-left").expect("known id");
        let thigh_r = Region::from_id("thigh-right").expect("known id");
        assert!(!knee_l.is_adjacent(thigh_r), "pairs touch only on the same side");
    }
}

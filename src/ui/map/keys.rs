//! The body map's keys: the map is one Tab stop, and inside it Up and Down
//! move head to foot from one body part to the next within the view the
//! focus is in (keeping the side; past the last part of the front view, on
//! to the back's first), Left and Right to the other side of the body as the
//! picture shows it (and past its edge, with both views shown, to the other
//! view), Home and End to the first and last place.
//!
//! No Yew here, so it is tested natively.

use super::figure::{primary_view, View};
use crate::base::regions::{Region, Side};

/// A key that moves the focus inside the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapKey {
    Up,
    Down,
    Left,
    Right,
    First,
    Last,
}

impl MapKey {
    /// The move a `KeyboardEvent.key` asks for, if any.
    pub fn from_key(key: &str) -> Option<MapKey> {
        Some(match key {
            "ArrowUp" => MapKey::Up,
            "ArrowDown" => MapKey::Down,
            "ArrowLeft" => MapKey::Left,
            "ArrowRight" => MapKey::Right,
            "Home" => MapKey::First,
            "End" => MapKey::Last,
            _ => return None,
        })
    }
}

/// The view whose copy of `region` takes the keyboard focus and speaks for it
/// to assistive technology, if any. With both views shown (`one_side` is
/// `None`) each region has one such copy, so a screen reader meets each place
/// once; with one side shown, only that side's regions.
pub fn focus_view(region: Region, one_side: Option<View>) -> Option<View> {
    match one_side {
        Some(view) => view.shape(region).map(|_| view),
        None => Some(primary_view(region)),
    }
}

/// Where `key` moves the focus from `from`, which has it in `view`; `None`
/// when it stays (the first or last part, or no other side).
pub fn move_focus(from: Region, view: View, key: MapKey, one_side: Option<View>) -> Option<Region> {
    // The front view faces the visitor: their left is on the picture's right.
    let labels = view.side_labels();
    let toward = if key == MapKey::Left {
        labels[0].side
    } else {
        labels[1].side
    };
    // Up and Down keep the side; from a single part they go to the left one.
    let line_side = from.side().or(Some(Side::Left));
    let in_line = |r: Region| r.part() != from.part() && (r.side().is_none() || r.side() == line_side);
    let wanted = |r: Region| match key {
        MapKey::First | MapKey::Last => true,
        MapKey::Down => r > from && in_line(r),
        MapKey::Up => r < from && in_line(r),
        MapKey::Left | MapKey::Right => {
            r.part() == from.part() && from.side().is_some_and(|side| side != toward) && r.side() == Some(toward)
        }
    };
    // Up and Down stay in the view the focus is in: from the left shoulder
    // Down is the chest beside it, never the upper back on the other view.
    let within = |r: Region| match key {
        MapKey::Up | MapKey::Down => focus_view(r, one_side) == Some(view),
        _ => focus_view(r, one_side).is_some(),
    };
    let mut found = Region::ALL.into_iter().filter(|r| within(*r) && wanted(*r));
    // Regions run head to foot: Up and End look from the foot.
    let next = if matches!(key, MapKey::Up | MapKey::Last) {
        found.next_back()
    } else {
        found.next()
    };
    // Past the front view's last place Down goes on to the back's first, and
    // Up from the back's first returns, so every place stays in reach.
    let shown_in = |v: View| {
        Region::ALL
            .into_iter()
            .filter(move |r| focus_view(*r, one_side) == Some(v))
    };
    match (next, key, view) {
        (None, MapKey::Down, View::Front) => shown_in(View::Back).next(),
        (None, MapKey::Up, View::Back) => shown_in(View::Front).rfind(|r| in_line(*r)),
        // With both views side by side (front on the left, never mirrored),
        // Right past the front's edge crosses to the back and Left back
        // again: the low back is three presses from the head, not eighteen.
        (None, MapKey::Right, View::Front) | (None, MapKey::Left, View::Back) if one_side.is_none() => {
            // Regions run head to foot: the other view's first place at the
            // same height or below, else its last.
            let other = if view == View::Front { View::Back } else { View::Front };
            shown_in(other)
                .find(|r| *r >= from)
                .or_else(|| shown_in(other).next_back())
        }
        _ => next,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::regions::Side::{Left as L, Right as R};
    use Region::*;

    /// The view whose copy of `region` has the focus.
    fn in_view(region: Region, one_side: Option<View>) -> View {
        focus_view(region, one_side).expect("a focusable region")
    }

    fn walk(from: Region, key: MapKey, one_side: Option<View>) -> Vec<Region> {
        let mut path = vec![from];
        while let Some(next) = move_focus(
            *path.last().unwrap(),
            in_view(*path.last().unwrap(), one_side),
            key,
            one_side,
        ) {
            assert!(path.len() < 40, "{key:?} loops: {path:?}");
            path.push(next);
        }
        path
    }

    #[test]
    fn down_goes_head_to_foot_one_part_at_a_time_keeping_the_side_and_the_view() {
        assert_eq!(
            walk(Head, MapKey::Down, None),
            [
                Head,
                Jaw(L),
                Neck,
                Shoulder(L),
                Chest,
                UpperArm(L),
                Elbow(L),
                Forearm(L),
                WristHand(L),
                Hip(L),
                Thigh(L),
                Knee(L),
                Shin(L),
                Ankle(L),
                Foot(L),
                // The back view's own places, after the front's.
                UpperBack,
                MidBack,
                LowBack,
                Buttock(L),
                Calf(L)
            ]
        );
        assert_eq!(move_focus(Thigh(R), View::Front, MapKey::Down, None), Some(Knee(R)));
        assert_eq!(move_focus(Foot(R), View::Front, MapKey::Down, None), Some(UpperBack));
        assert_eq!(move_focus(Calf(R), View::Back, MapKey::Down, None), None);
    }

    /// Down from a shoulder on the front view is the chest beside it, not the
    /// upper back on the other view (the focus would jump across the map).
    #[test]
    fn up_and_down_stay_within_the_view_until_its_end() {
        assert_eq!(move_focus(Shoulder(L), View::Front, MapKey::Down, None), Some(Chest));
        assert_eq!(move_focus(Shoulder(R), View::Front, MapKey::Down, None), Some(Chest));
        assert_eq!(move_focus(Chest, View::Front, MapKey::Up, None), Some(Shoulder(L)));
        assert_eq!(move_focus(MidBack, View::Back, MapKey::Up, None), Some(UpperBack));
        for (from, key) in [(Head, MapKey::Down), (Calf(L), MapKey::Up)] {
            let path = walk(from, key, None);
            let views: Vec<View> = path.iter().map(|r| in_view(*r, None)).collect();
            let changes = views.windows(2).filter(|pair| pair[0] != pair[1]).count();
            assert_eq!(changes, 1, "{key:?} crosses between the views once: {path:?}");
        }
    }

    #[test]
    fn up_retraces_down() {
        let down = walk(Head, MapKey::Down, None);
        let mut up = walk(Calf(L), MapKey::Up, None);
        up.reverse();
        assert_eq!(up, down);
        assert_eq!(move_focus(Knee(R), View::Front, MapKey::Up, None), Some(Thigh(R)));
        assert_eq!(move_focus(Head, View::Front, MapKey::Up, None), None);
    }

    #[test]
    fn left_and_right_follow_the_picture() {
        // Front: the visitor's left is on the picture's right.
        assert_eq!(move_focus(Knee(L), View::Front, MapKey::Left, None), Some(Knee(R)));
        assert_eq!(move_focus(Knee(R), View::Front, MapKey::Left, None), None);
        assert_eq!(move_focus(Knee(R), View::Front, MapKey::Right, None), Some(Knee(L)));
        // Back: the visitor's left is on the picture's left.
        assert_eq!(move_focus(Calf(R), View::Back, MapKey::Left, None), Some(Calf(L)));
        assert_eq!(move_focus(Calf(L), View::Back, MapKey::Right, None), Some(Calf(R)));
        assert_eq!(move_focus(Neck, View::Front, MapKey::Left, None), None);
    }

    /// The front is on the picture's left, the back on its right: Right
    /// past the front's edge lands on the back's first place at that height
    /// or below, Left past the back's edge returns the same way.
    #[test]
    fn left_and_right_cross_between_the_views_at_their_edges() {
        assert_eq!(move_focus(Head, View::Front, MapKey::Right, None), Some(UpperBack));
        assert_eq!(move_focus(Neck, View::Front, MapKey::Right, None), Some(UpperBack));
        assert_eq!(move_focus(Knee(L), View::Front, MapKey::Right, None), Some(Calf(L)));
        assert_eq!(move_focus(Hip(L), View::Front, MapKey::Right, None), Some(Buttock(L)));
        assert_eq!(move_focus(LowBack, View::Back, MapKey::Left, None), Some(Hip(L)));
        assert_eq!(move_focus(Calf(L), View::Back, MapKey::Left, None), Some(Ankle(L)));
        assert_eq!(move_focus(Calf(R), View::Back, MapKey::Left, None), Some(Calf(L)));
        // Below the back's last place, its last.
        assert_eq!(move_focus(Foot(L), View::Front, MapKey::Right, None), Some(Calf(R)));
        // The head to the low back: Right, then Down twice.
        let mut at = move_focus(Head, View::Front, MapKey::Right, None);
        for _ in 0..2 {
            at = at.and_then(|r| move_focus(r, in_view(r, None), MapKey::Down, None));
        }
        assert_eq!(at, Some(LowBack));
        // With one view shown (a phone), the other is out of reach.
        assert_eq!(move_focus(Head, View::Back, MapKey::Right, Some(View::Back)), None);
        assert_eq!(move_focus(Neck, View::Front, MapKey::Left, None), None);
    }

    #[test]
    fn home_and_end_reach_the_first_and_last_place() {
        assert_eq!(move_focus(Knee(L), View::Front, MapKey::First, None), Some(Head));
        assert_eq!(move_focus(Knee(L), View::Front, MapKey::Last, None), Some(Foot(R)));
    }

    #[test]
    fn with_one_side_shown_the_keys_stay_on_it() {
        let front = walk(Head, MapKey::Down, Some(View::Front));
        assert!(front.iter().all(|r| View::Front.shape(*r).is_some()), "{front:?}");
        assert!(!front.contains(&UpperBack) && front.contains(&Chest));
        let back = walk(Head, MapKey::Down, Some(View::Back));
        assert!(back.iter().all(|r| View::Back.shape(*r).is_some()), "{back:?}");
        assert!(back.contains(&LowBack) && !back.contains(&Chest));
    }

    #[test]
    fn each_region_speaks_once_with_both_sides_shown() {
        for region in Region::ALL {
            let copies = View::ALL
                .into_iter()
                .filter(|v| v.shape(region).is_some() && focus_view(region, None) == Some(*v))
                .count();
            assert_eq!(copies, 1, "{region:?}");
        }
    }

    #[test]
    fn only_arrows_home_and_end_move() {
        assert_eq!(MapKey::from_key("ArrowDown"), Some(MapKey::Down));
        assert_eq!(MapKey::from_key("End"), Some(MapKey::Last));
        assert_eq!(MapKey::from_key("Tab"), None);
        assert_eq!(MapKey::from_key(" "), None);
    }
}

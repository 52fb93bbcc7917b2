//! The forecast of a period's final (R24): what the marks so far lead to,
//! how many fives it takes to reach the next mark and how many twos would
//! bring it down, as a parent reads it («ещё две пятёрки»).

use super::{
    MarkValue,
    average::{Average, Weighted},
};

/// Past this many marks a step is "out of reach this period".
pub const MAX_MARKS: u32 = 20;

/// One step up or down: the mark it leads to and how many marks of the
/// kind it takes (`None`: more than `MAX_MARKS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub to: MarkValue,
    pub marks: Option<u32>,
}

/// What the marks so far lead to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forecast {
    /// The suggested final now; `None` without counted marks.
    pub leads_to: Option<MarkValue>,
    /// Fives needed for the next mark up (none at 5).
    pub up: Option<Step>,
    /// Twos that would bring it one mark down (none at 2 or below).
    pub down: Option<Step>,
}

/// The forecast for marks whose sums are `average`, each further mark of
/// weight `weight_tenths` (the school's default kind of work), under the
/// school's rounding threshold.
pub fn forecast(average: Average, weight_tenths: u16, round_up_from: u16) -> Forecast {
    let Some(now) = average.suggested(round_up_from) else {
        return Forecast {
            leads_to: None,
            up: None,
            down: None,
        };
    };
    let points = now.points().unwrap_or(1);
    let step = |mark: MarkValue, target_points: u8| {
        let to = MarkValue::from_points(target_points)?;
        let reached = |avg: Average| {
            let p = avg.suggested(round_up_from).and_then(MarkValue::points);
            p.is_some_and(|p| {
                if target_points > points {
                    p >= target_points
                } else {
                    p <= target_points
                }
            })
        };
        let with = Weighted {
            value: mark,
            weight_tenths,
        };
        let marks = (1..=MAX_MARKS).find(|&k| reached(average.plus(with, k)));
        Some(Step { to, marks })
    };
    Forecast {
        leads_to: Some(now),
        up: (points < 5)
            .then(|| step(MarkValue::Five, points + 1))
            .flatten(),
        down: (points > 2)
            .then(|| step(MarkValue::Two, points - 1))
            .flatten(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn avg(points: &[u8]) -> Average {
        Average::of(points.iter().map(|&p| Weighted {
            value: MarkValue::from_points(p).unwrap(),
            weight_tenths: 10,
        }))
    }

    #[test]
    fn three_more_fives_lift_a_four_to_a_five() {
        // 4, 4, 4: 4.00 → «4»; with 5, 5 it is 4.40 (still 4), with three 4.50.
        let f = forecast(avg(&[4, 4, 4]), 10, 50);
        assert_eq!(f.leads_to, Some(MarkValue::Four));
        assert_eq!(
            f.up.map(|s| (s.to, s.marks)),
            Some((MarkValue::Five, Some(3)))
        );
        // 4, 4, 5: 4.33; one five → 4.50.
        let f = forecast(avg(&[4, 4, 5]), 10, 50);
        assert_eq!(f.up.and_then(|s| s.marks), Some(1));
    }

    #[test]
    fn a_two_can_bring_it_down() {
        // 4, 4, 5, 5: 4.50 → «5»; one two: 4.0 → «4».
        let f = forecast(avg(&[4, 4, 5, 5]), 10, 50);
        assert_eq!(f.leads_to, Some(MarkValue::Five));
        assert_eq!(f.up, None);
        assert_eq!(
            f.down.map(|s| (s.to, s.marks)),
            Some((MarkValue::Four, Some(1)))
        );
    }

    #[test]
    fn the_threshold_and_weight_count() {
        // 4, 5: 4.50. At 60 hundredths it is «4»; one heavy five (2.0) gives 4.75.
        let f = forecast(avg(&[4, 5]), 20, 60);
        assert_eq!(f.leads_to, Some(MarkValue::Four));
        assert_eq!(f.up.and_then(|s| s.marks), Some(1));
    }

    #[test]
    fn a_failing_average_needs_fives_and_has_no_step_down() {
        let f = forecast(avg(&[2, 2, 2, 2]), 10, 50);
        assert_eq!(f.leads_to, Some(MarkValue::Two));
        assert_eq!(f.down, None);
        // (8 + 5k) / (4 + k) ≥ 2.5 → k ≥ 1.
        assert_eq!(
            f.up.map(|s| (s.to, s.marks)),
            Some((MarkValue::Three, Some(1)))
        );
    }

    #[test]
    fn far_steps_are_out_of_reach_and_no_marks_forecast_nothing() {
        let many_fours = vec![4; 60];
        let f = forecast(avg(&many_fours), 10, 50);
        assert_eq!(f.up.map(|s| s.marks), Some(None));
        let none = forecast(Average::default(), 10, 50);
        assert_eq!(
            none,
            Forecast {
                leads_to: None,
                up: None,
                down: None
            }
        );
    }
}

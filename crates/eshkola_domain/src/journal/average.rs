//! The weighted average (средневзвешенный балл) and the suggested final mark
//! it leads to under the school's rounding rule (R15, R24).

use super::MarkValue;

/// Default rounding: from x.50 up (hundredths).
pub const DEFAULT_ROUND_UP_FROM: u16 = 50;

/// One mark as the average sees it: its value and its kind's weight × 10.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weighted {
    pub value: MarkValue,
    pub weight_tenths: u16,
}

/// The sums behind a weighted average, kept exact (no float drift at x.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Average {
    /// Σ points × weight_tenths.
    weighted_points: u64,
    /// Σ weight_tenths.
    weight: u64,
}

impl Average {
    /// Over the 1–5 marks; pass/fail, н/а and осв do not count.
    pub fn of(marks: impl IntoIterator<Item = Weighted>) -> Average {
        let mut avg = Average::default();
        for m in marks {
            if let Some(p) = m.value.points() {
                avg.weighted_points += u64::from(p) * u64::from(m.weight_tenths);
                avg.weight += u64::from(m.weight_tenths);
            }
        }
        avg
    }

    pub fn is_empty(&self) -> bool {
        self.weight == 0
    }

    /// The average itself, `None` without counted marks.
    pub fn value(&self) -> Option<f64> {
        (!self.is_empty()).then(|| self.weighted_points as f64 / self.weight as f64)
    }

    /// Rounded to hundredths as shown (4.666… → 4.67).
    pub fn rounded_hundredths(&self) -> Option<f64> {
        let v = self.value()?;
        Some((v * 100.0).round() / 100.0)
    }

    /// The average with `count` more marks like `mark` (the forecast's
    /// "what if").
    pub fn plus(self, mark: Weighted, count: u32) -> Average {
        let mut avg = self;
        if let Some(p) = mark.value.points() {
            let weight = u64::from(mark.weight_tenths) * u64::from(count);
            avg.weighted_points += u64::from(p) * weight;
            avg.weight += weight;
        }
        avg
    }

    /// The suggested final: the whole part, plus one when the fraction
    /// reaches `round_up_from` hundredths (50: 4.50 → 5, 4.49 → 4).
    pub fn suggested(&self, round_up_from: u16) -> Option<MarkValue> {
        if self.is_empty() {
            return None;
        }
        let whole = self.weighted_points / self.weight;
        let rest_hundredths_x_weight = (self.weighted_points - whole * self.weight) * 100;
        let up = rest_hundredths_x_weight >= u64::from(round_up_from) * self.weight;
        let points = (whole + u64::from(up)).clamp(1, 5) as u8;
        MarkValue::from_points(points)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(points: u8, weight_tenths: u16) -> Weighted {
        Weighted {
            value: MarkValue::from_points(points).unwrap(),
            weight_tenths,
        }
    }

    #[test]
    fn weights_count_and_other_values_do_not() {
        // 5 (w1) and 3 (w2): (5 + 6) / 3 = 3.67.
        let avg = Average::of([
            w(5, 10),
            w(3, 20),
            Weighted {
                value: MarkValue::Pass,
                weight_tenths: 10,
            },
        ]);
        assert_eq!(avg.rounded_hundredths(), Some(3.67));
        assert_eq!(avg.suggested(50), Some(MarkValue::Four));
    }

    #[test]
    fn the_threshold_decides_at_the_half_exactly() {
        let half = Average::of([w(4, 10), w(5, 10)]); // 4.5
        assert_eq!(half.suggested(50), Some(MarkValue::Five));
        assert_eq!(half.suggested(60), Some(MarkValue::Four));
        let below = Average::of([w(4, 10), w(4, 10), w(5, 10), w(5, 10), w(4, 10)]); // 4.4
        assert_eq!(below.suggested(50), Some(MarkValue::Four));
    }

    #[test]
    fn no_counted_marks_suggest_nothing() {
        assert_eq!(Average::of([]).suggested(50), None);
        assert_eq!(Average::of([]).value(), None);
    }
}

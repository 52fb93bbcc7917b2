//! Russian names for generated people: short lists combined at random, with
//! surnames in both genders and patronymics made from the father's name.

use crate::rng::Rng;

/// A person's sex, which picks the grammatical form of surname and patronymic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    pub fn random(rng: &mut Rng) -> Sex {
        if rng.one_in(2) {
            Sex::Male
        } else {
            Sex::Female
        }
    }
}

/// Surnames as (male, female); some do not change.
const SURNAMES: &[(&str, &str)] = &[
    ("Иванов", "Иванова"),
    ("Смирнов", "Смирнова"),
    ("Кузнецов", "Кузнецова"),
    ("Попов", "Попова"),
    ("Васильев", "Васильева"),
    ("Петров", "Петрова"),
    ("Соколов", "Соколова"),
    ("Михайлов", "Михайлова"),
    ("Новиков", "Новикова"),
    ("Фёдоров", "Фёдорова"),
    ("Морозов", "Морозова"),
    ("Волков", "Волкова"),
    ("Алексеев", "Алексеева"),
    ("Лебедев", "Лебедева"),
    ("Семёнов", "Семёнова"),
    ("Егоров", "Егорова"),
    ("Павлов", "Павлова"),
    ("Козлов", "Козлова"),
    ("Степанов", "Степанова"),
    ("Николаев", "Николаева"),
    ("Орлов", "Орлова"),
    ("Андреев", "Андреева"),
    ("Макаров", "Макарова"),
    ("Никитин", "Никитина"),
    ("Захаров", "Захарова"),
    ("Зайцев", "Зайцева"),
    ("Соловьёв", "Соловьёва"),
    ("Борисов", "Борисова"),
    ("Белов", "Белова"),
    ("Ёлкин", "Ёлкина"),
    ("Жуковский", "Жуковская"),
    ("Тихонравов", "Тихонравова"),
    ("Шевченко", "Шевченко"),
    ("Ким", "Ким"),
    ("Гарипов", "Гарипова"),
    ("Черных", "Черных"),
];

/// Male first names with the patronymics they give, as (name, son's, daughter's).
const MALE_NAMES: &[(&str, &str, &str)] = &[
    ("Александр", "Александрович", "Александровна"),
    ("Алексей", "Алексеевич", "Алексеевна"),
    ("Андрей", "Андреевич", "Андреевна"),
    ("Артём", "Артёмович", "Артёмовна"),
    ("Владимир", "Владимирович", "Владимировна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"),
    ("Евгений", "Евгеньевич", "Евгеньевна"),
    ("Иван", "Иванович", "Ивановна"),
    ("Илья", "Ильич", "Ильинична"),
    ("Кирилл", "Кириллович", "Кирилловна"),
    ("Максим", "Максимович", "Максимовна"),
    ("Михаил", "Михайлович", "Михайловна"),
    ("Никита", "Никитич", "Никитична"),
    ("Николай", "Николаевич", "Николаевна"),
    ("Олег", "Олегович", "Олеговна"),
    ("Павел", "Павлович", "Павловна"),
    ("Роман", "Романович", "Романовна"),
    ("Сергей", "Сергеевич", "Сергеевна"),
    ("Тимур", "Тимурович", "Тимуровна"),
    ("Фёдор", "Фёдорович", "Фёдоровна"),
    ("Юрий", "Юрьевич", "Юрьевна"),
    ("Ярослав", "Ярославович", "Ярославовна"),
];

const FEMALE_NAMES: &[&str] = &[
    "Анна",
    "Анастасия",
    "Алёна",
    "Валерия",
    "Вера",
    "Виктория",
    "Дарья",
    "Ева",
    "Екатерина",
    "Елена",
    "Ирина",
    "Ксения",
    "Мария",
    "Марина",
    "Наталья",
    "Ольга",
    "Полина",
    "Софья",
    "Светлана",
    "Татьяна",
    "Ульяна",
    "Юлия",
];

/// A full Russian name: фамилия, имя, отчество.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub surname: String,
    pub first_name: String,
    pub patronymic: String,
}

/// What a family's members share: the surname and the father's name.
#[derive(Debug, Clone, Copy)]
pub struct Family {
    surname: usize,
    father: usize,
}

impl Family {
    pub fn random(rng: &mut Rng) -> Family {
        Family {
            surname: rng.below(SURNAMES.len()),
            father: rng.below(MALE_NAMES.len()),
        }
    }

    /// A child of this family: the family surname, the father's patronymic.
    pub fn child(&self, rng: &mut Rng, sex: Sex) -> Name {
        let (_, son, daughter) = MALE_NAMES[self.father];
        Name {
            surname: surname(self.surname, sex),
            first_name: first_name(rng, sex),
            patronymic: (if sex == Sex::Male { son } else { daughter }).to_string(),
        }
    }

    /// The father himself.
    pub fn father(&self, rng: &mut Rng) -> Name {
        Name {
            surname: surname(self.surname, Sex::Male),
            first_name: MALE_NAMES[self.father].0.to_string(),
            patronymic: patronymic(rng, Sex::Male),
        }
    }

    /// Another adult of the family (mother, grandparent) of the given sex.
    pub fn adult(&self, rng: &mut Rng, sex: Sex) -> Name {
        Name {
            surname: surname(self.surname, sex),
            first_name: first_name(rng, sex),
            patronymic: patronymic(rng, sex),
        }
    }
}

/// Somebody unrelated to anyone else (staff).
pub fn stranger(rng: &mut Rng, sex: Sex) -> Name {
    Family::random(rng).adult(rng, sex)
}

fn surname(index: usize, sex: Sex) -> String {
    let (male, female) = SURNAMES[index];
    (if sex == Sex::Male { male } else { female }).to_string()
}

fn first_name(rng: &mut Rng, sex: Sex) -> String {
    match sex {
        Sex::Male => rng.pick(MALE_NAMES).0,
        Sex::Female => *rng.pick(FEMALE_NAMES),
    }
    .to_string()
}

fn patronymic(rng: &mut Rng, sex: Sex) -> String {
    let (_, son, daughter) = rng.pick(MALE_NAMES);
    (if sex == Sex::Male { son } else { daughter }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_carry_the_family_surname_and_the_fathers_patronymic() {
        let mut rng = Rng::new(1);
        let family = Family {
            surname: 0,
            father: 7,
        };
        let son = family.child(&mut rng, Sex::Male);
        let daughter = family.child(&mut rng, Sex::Female);
        let father = family.father(&mut rng);
        assert_eq!(
            (son.surname.as_str(), son.patronymic.as_str()),
            ("Иванов", "Иванович")
        );
        assert_eq!(
            (daughter.surname.as_str(), daughter.patronymic.as_str()),
            ("Иванова", "Ивановна")
        );
        assert_eq!(father.first_name, "Иван");
    }
}

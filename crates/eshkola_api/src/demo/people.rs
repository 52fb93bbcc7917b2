//! The demo school's people: one account per role, realistic Russian names.

use eshkola_domain::Role;

/// One demo account: login, surname, name, patronymic, roles.
pub struct DemoPerson {
    pub login: &'static str,
    pub surname: &'static str,
    pub first_name: &'static str,
    pub patronymic: &'static str,
    pub roles: &'static [Role],
}

pub const PEOPLE: &[DemoPerson] = &[
    DemoPerson {
        login: "admin",
        surname: "Кузнецова",
        first_name: "Ольга",
        patronymic: "Викторовна",
        roles: &[Role::Administrator],
    },
    DemoPerson {
        login: "director",
        surname: "Морозов",
        first_name: "Андрей",
        patronymic: "Николаевич",
        roles: &[Role::Director],
    },
    DemoPerson {
        login: "deputy",
        surname: "Соколова",
        first_name: "Елена",
        patronymic: "Петровна",
        roles: &[Role::Deputy],
    },
    DemoPerson {
        login: "secretary",
        surname: "Белова",
        first_name: "Татьяна",
        patronymic: "Ивановна",
        roles: &[Role::Secretary],
    },
    DemoPerson {
        login: "teacher",
        surname: "Волков",
        first_name: "Сергей",
        patronymic: "Александрович",
        roles: &[Role::Teacher],
    },
    DemoPerson {
        login: "classteacher",
        surname: "Смирнова",
        first_name: "Наталья",
        patronymic: "Владимировна",
        roles: &[Role::Teacher, Role::ClassTeacher],
    },
    DemoPerson {
        login: "student",
        surname: "Иванов",
        first_name: "Артём",
        patronymic: "Дмитриевич",
        roles: &[Role::Student],
    },
    DemoPerson {
        login: "parent",
        surname: "Иванова",
        first_name: "Марина",
        patronymic: "Сергеевна",
        roles: &[Role::Parent],
    },
];

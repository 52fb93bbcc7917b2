//! People with accounts, their roles and family links.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use eshkola_domain::Role;

use crate::{
    DbConn,
    models::{GuardianshipRow, UserRow},
    schema::{guardianships, user_roles, users},
};

/// Inserts a person with their roles.
pub fn insert(conn: &mut DbConn, user: &UserRow, roles: &[Role]) -> QueryResult<()> {
    diesel::insert_into(users::table)
        .values(user)
        .execute(conn)?;
    for role in roles {
        diesel::insert_into(user_roles::table)
            .values((
                user_roles::school_id.eq(&user.school_id),
                user_roles::user_id.eq(&user.id),
                user_roles::role.eq(role.as_str()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Finds an account by login, in any school: sign-in has no school selector.
pub fn find_by_login(conn: &mut DbConn, login: &str) -> QueryResult<Option<UserRow>> {
    users::table
        .filter(users::login.eq(login))
        .select(UserRow::as_select())
        .first(conn)
        .optional()
}

pub fn get(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<UserRow> {
    users::table
        .filter(users::school_id.eq(school_id).and(users::id.eq(id)))
        .select(UserRow::as_select())
        .first(conn)
}

/// Every person of a school, in no particular order (callers sort by collation).
pub fn list(conn: &mut DbConn, school_id: &str) -> QueryResult<Vec<UserRow>> {
    users::table
        .filter(users::school_id.eq(school_id))
        .select(UserRow::as_select())
        .load(conn)
}

/// A person's roles, sorted; stored names that no longer parse are skipped.
pub fn roles(conn: &mut DbConn, school_id: &str, user_id: &str) -> QueryResult<Vec<Role>> {
    let names: Vec<String> = user_roles::table
        .filter(
            user_roles::school_id
                .eq(school_id)
                .and(user_roles::user_id.eq(user_id)),
        )
        .select(user_roles::role)
        .load(conn)?;
    let mut roles: Vec<Role> = names.iter().filter_map(|n| Role::parse(n)).collect();
    roles.sort();
    Ok(roles)
}

/// All (user id, role) pairs of a school, for account lists.
pub fn all_roles(conn: &mut DbConn, school_id: &str) -> QueryResult<Vec<(String, Role)>> {
    let rows: Vec<(String, String)> = user_roles::table
        .filter(user_roles::school_id.eq(school_id))
        .select((user_roles::user_id, user_roles::role))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, name)| Role::parse(&name).map(|r| (id, r)))
        .collect())
}

pub fn set_active(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
    active: bool,
) -> QueryResult<usize> {
    diesel::update(users::table.filter(users::school_id.eq(school_id).and(users::id.eq(id))))
        .set(users::active.eq(active))
        .execute(conn)
}

pub fn set_password_hash(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
    hash: &str,
) -> QueryResult<usize> {
    diesel::update(users::table.filter(users::school_id.eq(school_id).and(users::id.eq(id))))
        .set(users::password_hash.eq(hash))
        .execute(conn)
}

pub fn touch_last_login(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(users::table.filter(users::school_id.eq(school_id).and(users::id.eq(id))))
        .set(users::last_login_at.eq(at))
        .execute(conn)
}

pub fn link_guardian(conn: &mut DbConn, link: &GuardianshipRow) -> QueryResult<()> {
    diesel::insert_into(guardianships::table)
        .values(link)
        .execute(conn)
        .map(drop)
}

/// A parent's own children (R5): only those linked by a guardianship.
pub fn children_of(
    conn: &mut DbConn,
    school_id: &str,
    parent_id: &str,
) -> QueryResult<Vec<UserRow>> {
    guardianships::table
        .inner_join(
            users::table.on(users::school_id
                .eq(guardianships::school_id)
                .and(users::id.eq(guardianships::student_id))),
        )
        .filter(
            guardianships::school_id
                .eq(school_id)
                .and(guardianships::parent_id.eq(parent_id)),
        )
        .select(UserRow::as_select())
        .load(conn)
}

/// The people of a school who hold `role`, unordered.
pub fn with_role(conn: &mut DbConn, school_id: &str, role: Role) -> QueryResult<Vec<UserRow>> {
    users::table
        .inner_join(
            user_roles::table.on(user_roles::school_id
                .eq(users::school_id)
                .and(user_roles::user_id.eq(users::id))),
        )
        .filter(users::school_id.eq(school_id))
        .filter(user_roles::role.eq(role.as_str()))
        .select(UserRow::as_select())
        .load(conn)
}

/// Logins that start with `prefix`, in any school: logins are unique in the
/// deployment, so a new one is chosen against all of them. `prefix` is made of
/// `[a-z0-9.]`, which LIKE takes literally.
pub fn logins_starting_with(conn: &mut DbConn, prefix: &str) -> QueryResult<Vec<String>> {
    users::table
        .filter(users::login.like(format!("{prefix}%")))
        .select(users::login)
        .load(conn)
}

/// Several people of a school by id, unordered; unknown ids are left out.
pub fn get_many(conn: &mut DbConn, school_id: &str, ids: &[String]) -> QueryResult<Vec<UserRow>> {
    users::table
        .filter(users::school_id.eq(school_id))
        .filter(users::id.eq_any(ids))
        .select(UserRow::as_select())
        .load(conn)
}

pub fn rename(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
    surname: &str,
    first_name: &str,
    patronymic: Option<&str>,
) -> QueryResult<usize> {
    diesel::update(users::table.filter(users::school_id.eq(school_id).and(users::id.eq(id))))
        .set((
            users::surname.eq(surname),
            users::first_name.eq(first_name),
            users::patronymic.eq(patronymic),
        ))
        .execute(conn)
}

/// Forgets the password: the person signs in again only after activation.
pub fn clear_password(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::update(users::table.filter(users::school_id.eq(school_id).and(users::id.eq(id))))
        .set(users::password_hash.eq(None::<String>))
        .execute(conn)
}

/// Replaces a person's roles with `roles`.
pub fn set_roles(conn: &mut DbConn, school_id: &str, id: &str, roles: &[Role]) -> QueryResult<()> {
    diesel::delete(
        user_roles::table.filter(
            user_roles::school_id
                .eq(school_id)
                .and(user_roles::user_id.eq(id)),
        ),
    )
    .execute(conn)?;
    for role in roles {
        diesel::insert_into(user_roles::table)
            .values((
                user_roles::school_id.eq(school_id),
                user_roles::user_id.eq(id),
                user_roles::role.eq(role.as_str()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The family links of these students and of these parents.
pub fn links_of(
    conn: &mut DbConn,
    school_id: &str,
    student_ids: &[String],
    parent_ids: &[String],
) -> QueryResult<Vec<GuardianshipRow>> {
    guardianships::table
        .filter(guardianships::school_id.eq(school_id))
        .filter(
            guardianships::student_id
                .eq_any(student_ids)
                .or(guardianships::parent_id.eq_any(parent_ids)),
        )
        .select(GuardianshipRow::as_select())
        .load(conn)
}

/// The student `student_id` if `parent_id` is their parent (R5): the
/// account and the family link in one query; `None` for anybody else's
/// child or an unknown id alike.
pub fn ward(
    conn: &mut DbConn,
    school_id: &str,
    parent_id: &str,
    student_id: &str,
) -> QueryResult<Option<UserRow>> {
    users::table
        .inner_join(
            guardianships::table.on(guardianships::school_id
                .eq(users::school_id)
                .and(guardianships::student_id.eq(users::id))),
        )
        .filter(users::school_id.eq(school_id).and(users::id.eq(student_id)))
        .filter(guardianships::parent_id.eq(parent_id))
        .select(UserRow::as_select())
        .first(conn)
        .optional()
}

/// The links of one student to their parents.
pub fn guardians_of(
    conn: &mut DbConn,
    school_id: &str,
    student_id: &str,
) -> QueryResult<Vec<GuardianshipRow>> {
    guardianships::table
        .filter(
            guardianships::school_id
                .eq(school_id)
                .and(guardianships::student_id.eq(student_id)),
        )
        .select(GuardianshipRow::as_select())
        .load(conn)
}

/// The links of one parent to their children.
pub fn wards_of(
    conn: &mut DbConn,
    school_id: &str,
    parent_id: &str,
) -> QueryResult<Vec<GuardianshipRow>> {
    guardianships::table
        .filter(
            guardianships::school_id
                .eq(school_id)
                .and(guardianships::parent_id.eq(parent_id)),
        )
        .select(GuardianshipRow::as_select())
        .load(conn)
}

pub fn unlink_guardian(
    conn: &mut DbConn,
    school_id: &str,
    parent_id: &str,
    student_id: &str,
) -> QueryResult<usize> {
    diesel::delete(
        guardianships::table
            .filter(guardianships::school_id.eq(school_id))
            .filter(guardianships::parent_id.eq(parent_id))
            .filter(guardianships::student_id.eq(student_id)),
    )
    .execute(conn)
}

/// The (user id, role) pairs of these people.
pub fn roles_of(
    conn: &mut DbConn,
    school_id: &str,
    ids: &[String],
) -> QueryResult<Vec<(String, Role)>> {
    let rows: Vec<(String, String)> = user_roles::table
        .filter(user_roles::school_id.eq(school_id))
        .filter(user_roles::user_id.eq_any(ids))
        .select((user_roles::user_id, user_roles::role))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, name)| Role::parse(&name).map(|r| (id, r)))
        .collect())
}

DROP TABLE subgroup_members;

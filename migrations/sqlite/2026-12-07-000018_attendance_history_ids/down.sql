-- The unified ids are kept: which rows were corrections is in their field.
SELECT 1;

DROP TABLE movement_blocks;

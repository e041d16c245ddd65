-- Why: common/0051 fills two aggregates for the loads already in a warehouse, in its transaction;
-- until autovacuum gets to them the planner has no statistics and, guessing a few hundred rows
-- where there are 291,180, reads deprivation_dimension_commune_year by nested loops (0.8 s of
-- server time on the bench's three national years, 0.3-0.4 s with statistics). They are taken
-- here, once; loads keep them fresh through autovacuum as for every other table.
ANALYZE dw.agg_household_category, dw.agg_household_category_dimension;

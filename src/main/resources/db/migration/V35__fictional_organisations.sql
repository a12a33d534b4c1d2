-- A fictional organisation is made up to show how Löfte works (the example promise of the demo mode). Public
-- pages mark it "Exempel" wherever its name shows, and counts of Sweden's municipalities leave it out: a flag
-- and not a naming rule, so the marking cannot drift from the data.
alter table organisation add column fictional boolean default false not null;

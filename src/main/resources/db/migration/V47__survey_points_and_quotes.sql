-- A survey's map question stores, in survey_answer (V44), the area that holds the resident's point and the point
-- rounded to the centre of its grid cell (GridCell: 0.001° of latitude by 0.002° of longitude, about 110 m square
-- in Sweden), never the point as given. Nothing to add there.
--
-- The review of free-text answers: an answer a person has read, and, when they chose it as a quote for the public
-- results, the text as published (which they may have shortened or stripped of details). The answer itself is kept
-- as written. One row per answer: an answer is one response's text at one question.
create table survey_text_review (
    response_id bigint        not null references survey_response (id),
    question_id bigint        not null references survey_question (id),
    reviewed_by varchar(100)  not null,
    reviewed_at timestamp with time zone not null,
    quote       varchar(2000),
    primary key (response_id, question_id)
);
create index survey_text_review_of on survey_text_review (question_id);

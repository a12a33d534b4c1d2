package se.lofte.surveys;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;

/** The tables of imported external results; only this class reads and writes them. */
@Repository
class ExternalRows {

    record ImportRow(long id, long municipalityId, String sourceName, int surveyYear, String fileName,
                     String importedBy, OffsetDateTime importedAt, int rowCount) {
    }

    private static final String IMPORT_COLUMNS = "i.id, i.municipality_id, i.source_name, i.survey_year, i.file_name,"
            + " i.imported_by, i.imported_at, (select count(*) from survey_external_row r where r.import_id = i.id)"
            + " as row_count";

    private final JdbcClient jdbc;

    ExternalRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The source as one source and year is told apart by: white space and case aside. */
    static String sourceKey(String source) {
        return source.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    long insert(OrganisationId municipality, String source, int year, String fileName, String by,
                OffsetDateTime now, List<ExternalResultFile.Line> lines) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_external_import (municipality_id, source_name, source_key, survey_year,"
                        + " file_name, imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(municipality.value(), source, sourceKey(source), year, fileName, by, now)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (var line : lines) {
            jdbc.sql("insert into survey_external_row (import_id, line, question_text, question_key, option_text,"
                            + " area_name, option_count, answering) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, line.line(), line.question(), line.key(), line.option(), line.area(), line.count(),
                            line.answering())
                    .update();
        }
        return id;
    }

    Optional<ImportRow> find(OrganisationId municipality, String source, int year) {
        return jdbc.sql("select " + IMPORT_COLUMNS + " from survey_external_import i where i.municipality_id = ?"
                        + " and i.source_key = ? and i.survey_year = ?")
                .params(municipality.value(), sourceKey(source), year).query(ImportRow.class).optional();
    }

    Optional<ImportRow> row(long id) {
        return jdbc.sql("select " + IMPORT_COLUMNS + " from survey_external_import i where i.id = ?").param(id)
                .query(ImportRow.class).optional();
    }

    /** The imports of the municipalities, newest year first. */
    List<ImportRow> rows(Collection<OrganisationId> municipalities) {
        if (municipalities.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + IMPORT_COLUMNS + " from survey_external_import i where i.municipality_id in (:ids)"
                        + " order by i.survey_year desc, i.source_name, i.id")
                .param("ids", municipalities.stream().map(OrganisationId::value).toList())
                .query(ImportRow.class).list();
    }

    /** The municipality's imports of the year, by source name. */
    List<ImportRow> ofYear(OrganisationId municipality, int year) {
        return jdbc.sql("select " + IMPORT_COLUMNS + " from survey_external_import i where i.municipality_id = ?"
                        + " and i.survey_year = ? order by i.source_name, i.id")
                .params(municipality.value(), year).query(ImportRow.class).list();
    }

    /** An import's rows in the order of its file. */
    List<ExternalResultFile.Line> lines(long importId) {
        return jdbc.sql("select line, question_text, question_key, option_text, area_name, option_count, answering"
                        + " from survey_external_row where import_id = ? order by line")
                .param(importId).query((rs, n) -> new ExternalResultFile.Line(rs.getInt("line"),
                        rs.getString("question_text"), rs.getString("question_key"), rs.getString("option_text"),
                        rs.getString("area_name"), rs.getInt("option_count"), rs.getInt("answering"))).list();
    }

    void delete(long id) {
        jdbc.sql("delete from survey_external_row where import_id = ?").param(id).update();
        jdbc.sql("delete from survey_external_import where id = ?").param(id).update();
    }
}

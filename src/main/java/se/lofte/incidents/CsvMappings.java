package se.lofte.incidents;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.incidents.sources.CsvMapping;
import se.lofte.organisations.OrganisationId;

/**
 * The CSV column mappings an organisation saved by name ({@code csv_mapping}), as the JSON of
 * {@link CsvMapping}. A mapping saved again under the same name replaces the old one.
 */
@Repository
public class CsvMappings {

    /** The longest name (the width of its column). */
    public static final int NAME_MAX = 100;

    // Tolerant of fields a later version adds or drops, so that an older saved mapping still opens.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final JdbcClient jdbc;

    CsvMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> names(OrganisationId organisation) {
        return jdbc.sql("select name from csv_mapping where organisation_id = ? order by name")
                .param(organisation.value()).query(String.class).list();
    }

    /** A saved mapping; empty when there is none of that name, or its JSON no longer reads. */
    public Optional<CsvMapping> find(OrganisationId organisation, String name) {
        return jdbc.sql("select settings_json from csv_mapping where organisation_id = ? and name = ?")
                .params(organisation.value(), name).query(String.class).optional().flatMap(CsvMappings::read);
    }

    @Transactional
    public void save(OrganisationId organisation, String name, CsvMapping mapping) {
        jdbc.sql("merge into csv_mapping m using (select cast(:organisation as bigint) as organisation_id,"
                        + " cast(:name as varchar(100)) as name) n"
                        + " on m.organisation_id = n.organisation_id and m.name = n.name"
                        + " when matched then update set settings_json = :json, updated_at = :now"
                        + " when not matched then insert (organisation_id, name, settings_json, updated_at)"
                        + " values (n.organisation_id, n.name, :json, :now)")
                .param("organisation", organisation.value()).param("name", name.strip())
                .param("json", JSON.writeValueAsString(mapping)).param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private static Optional<CsvMapping> read(String json) {
        try {
            return Optional.of(JSON.readValue(json, CsvMapping.class));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}

package be.dagpuzzel.settings;

import static be.dagpuzzel.store.jooq.Tables.CENTRE;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

import org.jooq.DSLContext;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;
import be.dagpuzzel.store.jooq.tables.records.CentreRecord;

/** Reads and writes the centre row. A store holds one centre. */
public final class CentreRepository {

    public Optional<Centre> find(DSLContext dsl) {
        return dsl.selectFrom(CENTRE).orderBy(CENTRE.ID).limit(1).fetchOptional().map(CentreRepository::toCentre);
    }

    public Centre insert(DSLContext dsl, CentreDetails details) {
        CentreRecord record = dsl.newRecord(CENTRE);
        fill(record, details);
        record.store();
        return toCentre(record);
    }

    public Centre update(DSLContext dsl, long id, CentreDetails details) {
        CentreRecord record = dsl.fetchSingle(CENTRE, CENTRE.ID.eq(id));
        fill(record, details);
        record.setUpdatedAt(LocalDateTime.now());
        record.store();
        return toCentre(record);
    }

    private static void fill(CentreRecord record, CentreDetails details) {
        Address a = details.address();
        record.setName(details.name());
        record.setStreet(a.street());
        record.setHouseNumber(a.houseNumber());
        record.setPostcode(a.postcode());
        record.setMunicipality(a.municipality());
        record.setLatitude(details.coordinates().map(c -> BigDecimal.valueOf(c.latitude())).orElse(null));
        record.setLongitude(details.coordinates().map(c -> BigDecimal.valueOf(c.longitude())).orElse(null));
    }

    private static Centre toCentre(CentreRecord r) {
        Optional<Coordinates> coordinates = r.getLatitude() == null || r.getLongitude() == null
                ? Optional.empty()
                : Optional.of(new Coordinates(r.getLatitude().doubleValue(), r.getLongitude().doubleValue()));
        return new Centre(r.getId(), r.getName(),
                new Address(r.getStreet(), r.getHouseNumber(), r.getPostcode(), r.getMunicipality()), coordinates);
    }
}

package org.rapport.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapport.platform.BusinessException;

class OrganisationTest {

    private final Organisation kestrel = new Organisation("Kestrel Analytics", Industry.TECHNOLOGY, SizeBand.MEDIUM);
    private final Organisation bluefin = new Organisation("Bluefin Data", Industry.TECHNOLOGY, SizeBand.LARGE);
    private final Organisation juniper = new Organisation("Juniper Labs", Industry.TECHNOLOGY, SizeBand.SMALL);

    @Test
    void competitorLinksAreSymmetric() {
        kestrel.addCompetitor(bluefin);
        kestrel.addCompetitor(juniper);
        assertEquals(Set.of(bluefin, juniper), kestrel.getCompetitors());
        assertEquals(Set.of(kestrel), bluefin.getCompetitors(), "B shows A when A lists B");
        assertEquals(Set.of(kestrel), juniper.getCompetitors());

        bluefin.removeCompetitor(kestrel);
        assertEquals(Set.of(juniper), kestrel.getCompetitors(), "removing from either side removes both ways");
        assertTrue(bluefin.getCompetitors().isEmpty());
    }

    @Test
    void linkingTwiceKeepsOneLinkAndAnOrganisationIsNotItsOwnCompetitor() {
        kestrel.addCompetitor(bluefin);
        bluefin.addCompetitor(kestrel);
        assertEquals(1, kestrel.getCompetitors().size());
        BusinessException refused = assertThrows(BusinessException.class, () -> kestrel.addCompetitor(kestrel));
        assertEquals("organisation.competitor.self", refused.getMessageKey());
    }

    @Test
    void onlyTheAccountThatAddedItIsItsAdder() {
        Organisation added = new Organisation("Fernhill Health", Industry.HEALTHCARE, SizeBand.LARGE, 42L);
        assertTrue(added.wasAddedBy(42));
        assertFalse(added.wasAddedBy(43));
        assertFalse(kestrel.wasAddedBy(42), "organisations loaded in bulk were added by nobody");
    }

    @Test
    void locationsKeepTheirOrderAndRepeatedPlacesOnce() {
        kestrel.relocate(List.of(new OrganisationLocation("Lisbon", "PT"), new OrganisationLocation("Austin", "US"),
                new OrganisationLocation("lisbon", "PT")));
        assertEquals(List.of(new OrganisationLocation("Lisbon", "PT"), new OrganisationLocation("Austin", "US")),
                kestrel.getLocations());
        assertThrows(IllegalArgumentException.class, () -> new OrganisationLocation("Austin", "usa"));
    }

    @Test
    void headOfficeAndWebsiteAreChecked() {
        kestrel.locate("https://www.kestrel.example", "Leeds", "GB");
        assertEquals("GB", kestrel.getCountryCode());
        assertThrows(IllegalArgumentException.class, () -> kestrel.locate("javascript:alert(1)", null, null));
        assertThrows(IllegalArgumentException.class, () -> kestrel.locate(null, "Leeds", "gb"));
        kestrel.writeNotes("  ");
        assertNull(kestrel.getNotes());
    }

    @Test
    void theFormTurnsFilledLinesIntoLocationsAndRefusesHalfLines() {
        OrganisationForm form = new OrganisationForm();
        form.addLocationLine();
        form.addLocationLine();
        form.addLocationLine();
        form.getLocations().get(0).setCity("Porto");
        form.getLocations().get(0).setCountryCode(" pt ");
        assertEquals(List.of(new OrganisationLocation("Porto", "PT")), form.toLocations(),
                "the code is kept in capitals and empty lines are left out");
        form.getLocations().get(2).setCity("Nowhere");
        BusinessException refused = assertThrows(BusinessException.class, form::toLocations);
        assertEquals("organisation.location.incomplete", refused.getMessageKey());
        form.removeLocationLine(2);
        assertEquals(1, form.toLocations().size());
    }

    @Test
    void sortKeysFromScreensMapToAWhitelistedOrder() {
        assertEquals(OrganisationSort.INDUSTRY, OrganisationSort.forKey("industry"));
        assertEquals(OrganisationSort.NAME, OrganisationSort.forKey("o.id; drop table organisation"));
        assertEquals("o.countryCode desc, o.city desc, o.name desc, o.id asc",
                OrganisationSort.HEAD_OFFICE.orderBy(false));
    }
}

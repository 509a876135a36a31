package org.rapport.organisations;

/** The field an organisation works in; shown through the bundle key {@code organisation.industry.<NAME>}. */
public enum Industry {
    ACCOUNTING,
    ADVERTISING_AND_MARKETING,
    AEROSPACE_AND_DEFENCE,
    ARCHITECTURE_AND_CONSTRUCTION,
    BIOTECH_AND_PHARMA,
    CONSULTING,
    CONSUMER_GOODS,
    EDUCATION,
    ENERGY_AND_UTILITIES,
    FINANCIAL_SERVICES,
    GOVERNMENT_AND_PUBLIC_SERVICE,
    HEALTHCARE,
    HOSPITALITY_AND_TOURISM,
    LAW,
    MANUFACTURING,
    MEDIA_AND_ENTERTAINMENT,
    NONPROFIT,
    REAL_ESTATE,
    RETAIL,
    TECHNOLOGY,
    TRANSPORT_AND_LOGISTICS;

    public String messageKey() {
        return "organisation.industry." + name();
    }
}

package by.egov.academy.directory.territory;

public enum TerritoryLevel {
    CITY_OF_REPUBLIC, OBLAST, DISTRICT, CITY, CITY_DISTRICT;

    public boolean isRegion() {
        return this == CITY_OF_REPUBLIC || this == OBLAST;
    }
}

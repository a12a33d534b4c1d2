package se.lofte.organisations;

import java.util.List;

/**
 * The police organisation as a tree, for pages that show it whole: regions, their police areas, their
 * local police areas and the municipalities each of those covers. Every level is in Swedish name order.
 */
public record PoliceHierarchy(List<Region> regions) {

    public PoliceHierarchy {
        regions = List.copyOf(regions);
    }

    public record Region(Organisation region, List<Area> areas) {

        public Region {
            areas = List.copyOf(areas);
        }
    }

    public record Area(Organisation area, List<LocalArea> localAreas) {

        public Area {
            localAreas = List.copyOf(localAreas);
        }
    }

    public record LocalArea(Organisation localArea, List<Organisation> municipalities) {

        public LocalArea {
            municipalities = List.copyOf(municipalities);
        }
    }
}

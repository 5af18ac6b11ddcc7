/** The boundary register's vocabulary (API.md, "Boundary register"): what a line and a marker are. */
export const LINE_LEVELS = ['provincial', 'municipal', 'county', 'township'] as const;
export type LineLevel = (typeof LINE_LEVELS)[number];

/** 单立、同号双立、同号三立 */
export const MARKER_TYPES = ['single', 'double', 'triple'] as const;
export type MarkerType = (typeof MARKER_TYPES)[number];

export const MARKER_STATUSES = ['intact', 'tilted', 'damaged', 'missing', 'obscured'] as const;
export type MarkerStatus = (typeof MARKER_STATUSES)[number];

/** Where a marker's status came from: the register itself, an import, or field work (with its reference). */
export const MARKER_SOURCES = ['register', 'import', 'patrol', 'repair', 'inspection'] as const;
export type MarkerSource = (typeof MARKER_SOURCES)[number];

export interface LatLng {
  lat: number;
  lng: number;
}

/** GeoJSON positions are longitude first. */
export interface LineStringGeometry {
  type: 'LineString';
  coordinates: number[][];
}

export interface BoundaryLine {
  code: string;
  name: string;
  level: LineLevel;
  sides: [string, string];
  /** The townships the line runs along: their mediators read it. */
  townships: string[];
  geometry: LineStringGeometry;
  agreementRef?: string;
}

/** A line as written: who reads it is worked out once, from the organisation, when it is written. */
export interface BoundaryLineWrite extends BoundaryLine {
  /** The county-level units on either side (and those of the townships along it). */
  districts: string[];
}

export interface BoundaryLineRecord extends BoundaryLineWrite {
  /** On the ellipsoid (PostGIS geography). */
  lengthMeters: number;
  markerCount: number;
}

export interface BoundaryMarker {
  code: string;
  lineCode: string;
  type: MarkerType;
  location: LatLng;
  responsibleSide: string;
  status: MarkerStatus;
}

export interface BoundaryMarkerRecord extends BoundaryMarker {
  /** Present when listed around a point: metres from it on the ellipsoid. */
  distanceMeters?: number;
}

export interface MarkerHistoryEntry {
  at: string;
  status: MarkerStatus;
  by: string;
  source: MarkerSource;
  ref?: string;
  note?: string;
}

/** What a reader may see: all (admin), the lines of some districts, or those along one township. */
export interface RegisterScope {
  districts?: string[];
  township?: string;
}

/** A circle around a point: `near=lat,lng,meters`. */
export interface Near extends LatLng {
  meters: number;
}

/** PostGIS reads EWKT; a projection passes a point as one text parameter. */
export const ewktPoint = (point: LatLng | undefined): string | null =>
  point ? `SRID=4326;POINT(${point.lng} ${point.lat})` : null;

// Venues the demo groups meet at, in and around Warrenville, IL (DuPage County). Public libraries
// and park-district centers carry their public names and street addresses; the center, churches,
// the hospital and the community centers are made up but plausible. Coordinates place each venue
// in its town to about 0.005°; they are for the demo's distance search, not for navigation.
import type { Place } from './helpers';

type Venue = Omit<Place, 'notes'>;

/** A venue with directions for one group ("use the side entrance; room 104 on the left"). */
export const at = (venue: Venue, notes: string): Place => ({ ...venue, notes });

export const CENTER: Venue = {
  name: 'Prairie Path Behavioral Health',
  address: '28W615 Batavia Rd, Warrenville, IL 60555',
  latitude: 41.8178,
  longitude: -88.1731,
};

export const WARRENVILLE_LIBRARY: Venue = {
  name: 'Warrenville Public Library, Community Room',
  address: '28W751 Stafford Pl, Warrenville, IL 60555',
  latitude: 41.8229,
  longitude: -88.1722,
};

export const WARRENVILLE_CHURCH: Venue = {
  name: 'Warrenville Community Church, Fellowship Hall',
  address: '3S160 Warren Ave, Warrenville, IL 60555',
  latitude: 41.815,
  longitude: -88.176,
};

export const NAPERVILLE_LIBRARY: Venue = {
  name: 'Naperville Public Library, Nichols Library',
  address: '200 W Jefferson Ave, Naperville, IL 60540',
  latitude: 41.7728,
  longitude: -88.1513,
};

export const NAPERVILLE_CHURCH: Venue = {
  name: 'Riverwalk Community Church, Fellowship Hall',
  address: '318 E Benton Ave, Naperville, IL 60540',
  latitude: 41.7745,
  longitude: -88.1445,
};

export const NAPERVILLE_PARK: Venue = {
  name: 'Naperville Park District, Fort Hill Activity Center',
  address: '20 Fort Hill Dr, Naperville, IL 60540',
  latitude: 41.781,
  longitude: -88.159,
};

export const WHEATON_LIBRARY: Venue = {
  name: 'Wheaton Public Library, Lower Level Meeting Room',
  address: '225 N Cross St, Wheaton, IL 60187',
  latitude: 41.8672,
  longitude: -88.1033,
};

export const WHEATON_CHURCH: Venue = {
  name: 'First Community Church of Wheaton, Fellowship Hall',
  address: '330 W Seminary Ave, Wheaton, IL 60187',
  latitude: 41.8625,
  longitude: -88.113,
};

export const HOSPITAL: Venue = {
  name: 'Prairie Valley Hospital, Education Center',
  address: '150 N Winfield Rd, Winfield, IL 60190',
  latitude: 41.872,
  longitude: -88.1555,
};

export const WINFIELD_LIBRARY: Venue = {
  name: 'Winfield Public Library, Community Room',
  address: '0S291 Winfield Rd, Winfield, IL 60190',
  latitude: 41.864,
  longitude: -88.16,
};

export const WEST_CHICAGO_LIBRARY: Venue = {
  name: 'West Chicago Public Library, Meeting Room',
  address: '118 W Washington St, West Chicago, IL 60185',
  latitude: 41.8843,
  longitude: -88.2055,
};

export const WEST_CHICAGO_CENTRO: Venue = {
  name: 'Centro Comunitario Esperanza',
  address: '210 Main St, West Chicago, IL 60185',
  latitude: 41.885,
  longitude: -88.202,
};

export const AURORA_LIBRARY: Venue = {
  name: 'Aurora Public Library, Santori Library',
  address: '101 S River St, Aurora, IL 60506',
  latitude: 41.7568,
  longitude: -88.3163,
};

export const AURORA_CHURCH: Venue = {
  name: 'Iglesia Nueva Vida, Fellowship Hall',
  address: '455 E Galena Blvd, Aurora, IL 60505',
  latitude: 41.7585,
  longitude: -88.306,
};

export const AURORA_RESOURCE_CENTER: Venue = {
  name: 'Fox Valley Community Resource Center',
  address: '40 W Downer Pl, Aurora, IL 60506',
  latitude: 41.758,
  longitude: -88.318,
};

export const LISLE_LIBRARY: Venue = {
  name: 'Lisle Library, Community Room',
  address: '777 Front St, Lisle, IL 60532',
  latitude: 41.8003,
  longitude: -88.0736,
};

export const LISLE_CHURCH: Venue = {
  name: 'Lisle Community Church, Parish Hall',
  address: '4801 Main St, Lisle, IL 60532',
  latitude: 41.804,
  longitude: -88.0745,
};

export const GLEN_ELLYN_LIBRARY: Venue = {
  name: 'Glen Ellyn Public Library, Meeting Room',
  address: '400 Duane St, Glen Ellyn, IL 60137',
  latitude: 41.8765,
  longitude: -88.069,
};

export const GLEN_ELLYN_CHURCH: Venue = {
  name: 'Hillside Community Church, Fellowship Hall',
  address: '475 N Main St, Glen Ellyn, IL 60137',
  latitude: 41.88,
  longitude: -88.066,
};

export const DOWNERS_GROVE_LIBRARY: Venue = {
  name: 'Downers Grove Public Library, Meeting Room',
  address: '1050 Curtiss St, Downers Grove, IL 60515',
  latitude: 41.796,
  longitude: -88.0124,
};

export const CAROL_STREAM_LIBRARY: Venue = {
  name: 'Carol Stream Public Library, Meeting Room',
  address: '616 Hiawatha Dr, Carol Stream, IL 60188',
  latitude: 41.9147,
  longitude: -88.134,
};

export const WHEATON_COMMUNITY_CENTER: Venue = {
  name: 'Wheaton Park District Community Center',
  address: '1777 S Blanchard St, Wheaton, IL 60189',
  latitude: 41.845,
  longitude: -88.109,
};

export const CAROL_STREAM_CHURCH: Venue = {
  name: 'St. Luke Fellowship Church, Fellowship Hall',
  address: '480 N Gary Ave, Carol Stream, IL 60188',
  latitude: 41.917,
  longitude: -88.126,
};

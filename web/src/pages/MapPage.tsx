import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { FINAL_DISPUTE_STATUSES } from '../../../libs/workflows/src/disputes/rules';
import { api } from '../api';
import { Loaded } from '../components/Feedback';
import { useResource } from '../hooks';
import { labelOf, useI18n } from '../i18n';
import { useRouter } from '../router';
import {
  MARKER_STATUSES,
  type MarkerStatus,
  type RegisterKey,
  STATUS_COLOURS,
  formatLength,
  registerApi,
  registerText,
} from '../register';
import './MapPage.css';

type Located = { location?: { lat: number; lng: number } };
type MapData = Awaited<ReturnType<typeof loadMap>>;

const LINE_COLOUR = '#722ed1';
const CASE_COLOUR = '#fa541c';
const INCIDENT_COLOUR = '#a8071a';
/** Where the demo boundary lies; a register with data fits the view to it instead. */
const FALLBACK_VIEW: L.LatLngExpression = [27.93, 112.55];

const loadMap = () =>
  Promise.all([registerApi.export(), api.disputes(), api.incidents(), registerApi.baseMap()]).then(
    ([register, cases, incidents, baseMap]) => ({ register, cases, incidents, baseMap }),
  );

/**
 * The register on a map: lines, markers coloured by status, and the open cases and incidents that have a
 * location, each with a popup that links to its page. Vector data only, unless a base map is configured.
 */
export function MapPage() {
  const resource = useResource(loadMap, []);
  return <Loaded resource={resource}>{(data) => <RegisterMap data={data} />}</Loaded>;
}

function RegisterMap({ data }: { data: MapData }) {
  const { t, language } = useI18n();
  const { navigate } = useRouter();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return undefined;
    const text = registerText(language);
    const map = L.map(container.current);
    const { urlTemplate, key, subdomains, attribution } = data.baseMap;
    if (urlTemplate) {
      const url = urlTemplate.replace('{key}', encodeURIComponent(key ?? ''));
      L.tileLayer(url, { subdomains, attribution, maxZoom: 18 }).addTo(map);
    }

    /** Popup content as DOM, so its link navigates inside the console. */
    const popup = (title: string, rows: [RegisterKey | string, string][], to: string) => {
      const element = document.createElement('div');
      const heading = document.createElement('strong');
      heading.textContent = title;
      element.append(heading);
      for (const [label, value] of rows) {
        const row = document.createElement('div');
        row.textContent = `${label}：${value}`;
        element.append(row);
      }
      const link = document.createElement('a');
      link.href = to;
      link.textContent = text('open');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        navigate(to);
      });
      element.append(link);
      return element;
    };
    const symbol = (letter: string, colour: string, className: string) =>
      L.divIcon({
        className,
        html: `<span class="map-symbol" style="background:${colour}">${letter}</span>`,
        iconSize: [24, 24],
      });

    const lines = L.featureGroup();
    const markers = L.featureGroup();
    for (const { geometry, properties } of data.register.features) {
      if (properties.kind === 'line') {
        const path = (geometry.coordinates as number[][]).map(([lng, lat]) => L.latLng(lat, lng));
        L.polyline(path, { color: LINE_COLOUR, weight: 3 })
          .bindTooltip(String(properties.name))
          .bindPopup(
            popup(
              String(properties.name),
              [
                [text('sides'), (properties.sides as string[]).join(' | ')],
                [text('length'), formatLength(properties.lengthMeters as number, language)],
                [text('markers'), String(properties.markerCount)],
              ],
              `/markers?line=${encodeURIComponent(properties.code)}`,
            ),
          )
          .addTo(lines);
      } else {
        const [lng, lat] = geometry.coordinates as number[];
        const status = properties.status as MarkerStatus;
        L.circleMarker([lat, lng], {
          radius: 7,
          color: '#fff',
          weight: 2,
          fillColor: STATUS_COLOURS[status],
          fillOpacity: 1,
          className: `register-marker marker-${properties.code}`,
        })
          .bindTooltip(properties.code)
          .bindPopup(
            popup(
              `${text('markers')} ${properties.code}`,
              [
                [text('status'), text(`status.${status}`)],
                [text('type'), text(`type.${properties.type as 'single'}`)],
                [text('line'), String(properties.lineCode)],
                [text('responsibleSide'), String(properties.responsibleSide)],
              ],
              `/markers/${encodeURIComponent(properties.code)}`,
            ),
          )
          .addTo(markers);
      }
    }

    const cases = L.featureGroup();
    for (const item of data.cases.items as ((typeof data.cases.items)[number] & Located)[]) {
      if (!item.location || FINAL_DISPUTE_STATUSES.includes(item.status)) continue;
      L.marker([item.location.lat, item.location.lng], { icon: symbol('案', CASE_COLOUR, 'map-case') })
        .bindPopup(popup(item.title, [[t('status'), labelOf(t, 'status', item.status)]], `/cases/${item.id}`))
        .addTo(cases);
    }
    const incidents = L.featureGroup();
    for (const item of data.incidents.items as ((typeof data.incidents.items)[number] & Located)[]) {
      if (!item.location || item.status === 'resolved') continue;
      L.marker([item.location.lat, item.location.lng], {
        icon: symbol('急', INCIDENT_COLOUR, 'map-incident'),
      })
        .bindPopup(popup(item.title, [[t('severity'), item.severity]], `/emergencies/${item.id}`))
        .addTo(incidents);
    }

    for (const layer of [lines, markers, cases, incidents]) layer.addTo(map);
    L.control
      .layers(undefined, {
        [text('lines')]: lines,
        [text('markers')]: markers,
        [text('openCases')]: cases,
        [text('openIncidents')]: incidents,
      })
      .addTo(map);
    const legend = new L.Control({ position: 'bottomleft' });
    legend.onAdd = () => {
      const element = L.DomUtil.create('div', 'map-legend');
      element.setAttribute('aria-label', text('legend'));
      for (const status of MARKER_STATUSES) {
        const row = L.DomUtil.create('div', '', element);
        const dot = L.DomUtil.create('i', '', row);
        dot.style.background = STATUS_COLOURS[status];
        row.append(text(`status.${status}`));
      }
      if (!urlTemplate) L.DomUtil.create('div', '', element).textContent = text('noBaseMap');
      return element;
    };
    legend.addTo(map);

    // The register frames the view: a case far from any line must not shrink the boundary to a dot.
    const bounds = [L.featureGroup([lines, markers]), L.featureGroup([cases, incidents])]
      .map((group) => group.getBounds())
      .find((box) => box.isValid());
    if (bounds) map.fitBounds(bounds, { padding: [24, 24] });
    else map.setView(FALLBACK_VIEW, 12);
    return () => {
      map.remove();
    };
  }, [data, language, navigate, t]);

  return <div ref={container} className="register-map" data-testid="register-map" />;
}

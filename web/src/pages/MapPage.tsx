import { useQuery } from '@tanstack/react-query';
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { type NavigateFunction, useNavigate } from 'react-router';
import { FINAL_DISPUTE_STATUSES } from '../../../libs/workflows/src/disputes/rules';
import type { BaseMap, RegisterCollection } from '../api';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { type Language, type Translate, labelOf, useI18n } from '../i18n';
import { queries } from '../queries';
import { MARKER_STATUSES, STATUS_COLOURS, formatLength } from '../register';
import './MapPage.css';

const LINE_COLOUR = '#722ed1';
const CASE_COLOUR = '#fa541c';
const INCIDENT_COLOUR = '#a8071a';
/** Where the demo boundary lies; a register with data fits the view to it instead. */
const FALLBACK_VIEW: L.LatLngExpression = [27.93, 112.55];

/**
 * Popup content as DOM, so its link navigates inside the console. Text goes in as text: titles are typed by
 * users.
 */
function popup(
  t: Translate,
  navigate: NavigateFunction,
  title: string,
  rows: [string, string][],
  to: string,
) {
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
  link.textContent = t('open');
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void navigate(to);
  });
  element.append(link);
  return element;
}

const symbol = (letter: string, colour: string, className: string) =>
  L.divIcon({
    className,
    html: `<span class="map-symbol" style="background:${colour}">${letter}</span>`,
    iconSize: [24, 24],
  });

/** The register's lines and markers (coloured by status) into their layers. */
function drawRegister(
  register: RegisterCollection,
  layers: { lines: L.FeatureGroup; markers: L.FeatureGroup },
  t: Translate,
  navigate: NavigateFunction,
  language: Language,
) {
  for (const feature of register.features) {
    if (feature.properties.kind === 'line') {
      const { properties } = feature;
      const path = (feature.geometry.coordinates as number[][]).map(([lng, lat]) => L.latLng(lat, lng));
      L.polyline(path, { color: LINE_COLOUR, weight: 3 })
        .bindTooltip(properties.name)
        .bindPopup(
          popup(
            t,
            navigate,
            properties.name,
            [
              [t('lineSides'), properties.sides.join(' | ')],
              [t('lineLength'), formatLength(properties.lengthMeters, language)],
              [t('navMarkers'), String(properties.markerCount)],
            ],
            `/markers?line=${encodeURIComponent(properties.code)}`,
          ),
        )
        .addTo(layers.lines);
    } else {
      const { properties } = feature;
      const [lng, lat] = feature.geometry.coordinates as number[];
      L.circleMarker([lat, lng], {
        radius: 7,
        color: '#fff',
        weight: 2,
        fillColor: STATUS_COLOURS[properties.status],
        fillOpacity: 1,
        className: `register-marker marker-${properties.code}`,
      })
        .bindTooltip(properties.code)
        .bindPopup(
          popup(
            t,
            navigate,
            `${t('navMarkers')} ${properties.code}`,
            [
              [t('status'), labelOf(t, 'markerStatus', properties.status)],
              [t('markerType'), labelOf(t, 'markerType', properties.type)],
              [t('line'), properties.lineCode],
              [t('responsibleSide'), properties.responsibleSide],
            ],
            `/markers/${encodeURIComponent(properties.code)}`,
          ),
        )
        .addTo(layers.markers);
    }
  }
}

/** The optional base map; without one the map draws vector data only and reaches for nothing outside. */
function addBaseMap(map: L.Map, { urlTemplate, key, subdomains, attribution }: BaseMap) {
  if (!urlTemplate) return;
  const url = urlTemplate.replace('{key}', encodeURIComponent(key ?? ''));
  L.tileLayer(url, { subdomains, attribution, maxZoom: 18 }).addTo(map);
}

function legend(t: Translate, withBaseMap: boolean): L.Control {
  const control = new L.Control({ position: 'bottomleft' });
  control.onAdd = () => {
    const element = L.DomUtil.create('div', 'map-legend');
    element.setAttribute('aria-label', t('mapLegend'));
    for (const status of MARKER_STATUSES) {
      const row = L.DomUtil.create('div', '', element);
      const dot = L.DomUtil.create('i', '', row);
      dot.style.background = STATUS_COLOURS[status];
      row.append(labelOf(t, 'markerStatus', status));
    }
    if (!withBaseMap) L.DomUtil.create('div', '', element).textContent = t('noBaseMap');
    return element;
  };
  return control;
}

interface Layers {
  map: L.Map;
  lines: L.FeatureGroup;
  markers: L.FeatureGroup;
  cases: L.FeatureGroup;
  incidents: L.FeatureGroup;
}

/**
 * The register on a map: lines, markers coloured by status, and the open cases and incidents that have a
 * location, each with a popup that links to its page. The map is made once; each layer is redrawn when its
 * query brings new data, so the polling lists never move the view or close an open popup needlessly.
 */
function RegisterMap({ register, baseMap }: { register: RegisterCollection; baseMap: BaseMap }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const container = useRef<HTMLDivElement>(null);
  const [layers, setLayers] = useState<Layers>();
  const disputes = useQuery(queries.disputes());
  const incidents = useQuery(queries.incidents());

  useEffect(() => {
    if (!container.current) return undefined;
    const map = L.map(container.current);
    addBaseMap(map, baseMap);
    const groups = {
      lines: L.featureGroup(),
      markers: L.featureGroup(),
      cases: L.featureGroup(),
      incidents: L.featureGroup(),
    };
    for (const group of Object.values(groups)) group.addTo(map);
    setLayers({ map, ...groups });
    return () => {
      map.remove();
    };
  }, [baseMap]);

  // The layer switch and the legend speak the console's language.
  useEffect(() => {
    if (!layers) return undefined;
    const switcher = L.control.layers(undefined, {
      [t('lines')]: layers.lines,
      [t('navMarkers')]: layers.markers,
      [t('openCases')]: layers.cases,
      [t('openIncidents')]: layers.incidents,
    });
    const key = legend(t, Boolean(baseMap.urlTemplate));
    switcher.addTo(layers.map);
    key.addTo(layers.map);
    return () => {
      switcher.remove();
      key.remove();
    };
  }, [layers, t, baseMap]);

  const framed = useRef<L.Map>();
  useEffect(() => {
    if (!layers) return;
    layers.lines.clearLayers();
    layers.markers.clearLayers();
    drawRegister(register, layers, t, navigate, language);
    if (framed.current === layers.map) return;
    framed.current = layers.map;
    // The register frames the view: a case far from any line must not shrink the boundary to a dot.
    const bounds = L.featureGroup([layers.lines, layers.markers]).getBounds();
    if (bounds.isValid()) layers.map.fitBounds(bounds, { padding: [24, 24] });
    else layers.map.setView(FALLBACK_VIEW, 12);
  }, [layers, register, t, navigate, language]);

  useEffect(() => {
    if (!layers || !disputes.data) return;
    layers.cases.clearLayers();
    for (const item of disputes.data.items) {
      if (!item.location || FINAL_DISPUTE_STATUSES.includes(item.status)) continue;
      L.marker([item.location.lat, item.location.lng], { icon: symbol('案', CASE_COLOUR, 'map-case') })
        .bindPopup(
          popup(
            t,
            navigate,
            item.title,
            [[t('status'), labelOf(t, 'status', item.status)]],
            `/cases/${item.id}`,
          ),
        )
        .addTo(layers.cases);
    }
  }, [layers, disputes.data, t, navigate]);

  useEffect(() => {
    if (!layers || !incidents.data) return;
    layers.incidents.clearLayers();
    for (const item of incidents.data.items) {
      if (!item.location || item.status === 'resolved') continue;
      L.marker([item.location.lat, item.location.lng], {
        icon: symbol('急', INCIDENT_COLOUR, 'map-incident'),
      })
        .bindPopup(
          popup(
            t,
            navigate,
            item.title,
            [[t('severity'), labelOf(t, 'severity', item.severity)]],
            `/emergencies/${item.id}`,
          ),
        )
        .addTo(layers.incidents);
    }
  }, [layers, incidents.data, t, navigate]);

  const error = disputes.error ?? incidents.error;
  return (
    <>
      {error && <ErrorAlert error={error} />}
      <div ref={container} className="register-map" data-testid="register-map" />
    </>
  );
}

export function MapPage() {
  const { t } = useI18n();
  const register = useQuery(queries.register());
  const baseMap = useQuery(queries.baseMap());
  return (
    <PageCard title={t('navMap')}>
      <Loaded query={register}>
        {(data) => (
          <Loaded query={baseMap}>{(tiles) => <RegisterMap register={data} baseMap={tiles} />}</Loaded>
        )}
      </Loaded>
    </PageCard>
  );
}

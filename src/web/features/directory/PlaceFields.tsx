// "Near" (a postal code or city), "Within" (miles) and "Use my location". The typed place is
// applied with the form (Enter or "Show groups"); the radius applies at once when a place is
// set. Coordinates are rounded to about a kilometre before they reach the address bar.
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { FieldFrame, fieldWiring } from '../../components/FieldFrame';
import { fieldId } from '../../components/fieldId';
import { t } from '../../i18n';
import { hasPlace, RADIUS_CHOICES, type DirectoryFilters } from './filters';

interface PlaceFieldsProps {
  filters: DirectoryFilters;
  near: string;
  onNearChange: (value: string) => void;
  radius: string;
  onRadiusChange: (value: string) => void;
  onApply: (next: DirectoryFilters) => void;
}

type Locating = 'idle' | 'busy' | 'denied' | 'unavailable' | 'done';

export function PlaceFields(props: PlaceFieldsProps) {
  const { filters, near, onNearChange, radius, onRadiusChange, onApply } = props;
  const [locating, setLocating] = useState<Locating>('idle');
  const usingLocation = filters.lat !== '' && filters.near === '';
  const nearWiring = fieldWiring('near', t('directory.nearHint'));
  const radiusWiring = fieldWiring('radius');
  const canLocate = typeof navigator !== 'undefined' && 'geolocation' in navigator;
  // The control pressed disappears (the place swaps for "Using your location" and back), so
  // focus moves to its counterpart once the swap has rendered.
  const focusNext = useRef<string | null>(null);
  const stopId = 'stop-location';

  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [usingLocation]);

  function locate() {
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating('done');
        focusNext.current = stopId;
        onNearChange('');
        onApply({
          ...filters,
          near: '',
          lat: position.coords.latitude.toFixed(2),
          lng: position.coords.longitude.toFixed(2),
          radius,
        });
      },
      (error) => setLocating(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: false, maximumAge: 600_000, timeout: 15_000 },
    );
  }

  return (
    <fieldset className="place-fields">
      <legend>{t('directory.where')}</legend>
      {usingLocation ? (
        <p className="place-fields__using">
          {t('directory.usingLocation')}{' '}
          <Button
            id={stopId}
            variant="quiet"
            onClick={() => {
              focusNext.current = fieldId('near');
              onApply({ ...filters, lat: '', lng: '' });
            }}
          >
            {t('directory.stopLocation')}
          </Button>
        </p>
      ) : (
        <FieldFrame id={nearWiring.id} label={t('directory.near')} hint={t('directory.nearHint')}>
          <input
            {...nearWiring}
            name="near"
            type="text"
            autoComplete="postal-code"
            spellCheck={false}
            value={near}
            onChange={(event) => onNearChange(event.target.value)}
          />
        </FieldFrame>
      )}
      <FieldFrame id={radiusWiring.id} label={t('directory.radius')}>
        <select
          {...radiusWiring}
          name="radius"
          value={radius}
          onChange={(event) => {
            onRadiusChange(event.target.value);
            if (hasPlace(filters)) onApply({ ...filters, radius: event.target.value });
          }}
        >
          {RADIUS_CHOICES.map((miles) => (
            <option key={miles} value={miles}>
              {t('directory.radiusMiles', { miles })}
            </option>
          ))}
        </select>
      </FieldFrame>
      {canLocate && !usingLocation && (
        <p>
          <Button
            variant="secondary"
            busy={locating === 'busy'}
            busyLabel={t('directory.locating')}
            onClick={locate}
          >
            {t('directory.useLocation')}
          </Button>
        </p>
      )}
      <p role="status" className="place-fields__status">
        {locating === 'denied' && t('directory.locationDenied')}
        {locating === 'unavailable' && t('directory.locationUnavailable')}
      </p>
    </fieldset>
  );
}

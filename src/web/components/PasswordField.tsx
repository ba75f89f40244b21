// A password input with a "Show password" checkbox: typing on a small phone keyboard is hard.
import { useState } from 'react';
import { t } from '../i18n';
import { fieldId } from './fieldId';
import { TextField, type TextFieldProps } from './TextField';

export function PasswordField(props: Omit<TextFieldProps, 'type'>) {
  const [visible, setVisible] = useState(false);
  const toggleId = `${fieldId(props.name)}-show`;
  return (
    <div className="password-field">
      <TextField {...props} type={visible ? 'text' : 'password'} spellCheck={false} />
      <div className="checkbox">
        <input
          id={toggleId}
          type="checkbox"
          checked={visible}
          onChange={(event) => setVisible(event.target.checked)}
        />
        <label htmlFor={toggleId}>{t('field.showPassword')}</label>
      </div>
    </div>
  );
}

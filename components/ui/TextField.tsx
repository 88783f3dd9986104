import type { ComponentProps } from 'react';
import { cn } from './cn';
import { FormField } from './FormField';

type TextFieldProps = Omit<ComponentProps<'input'>, 'id' | 'name'> & {
  name: string;
  label: string;
  hint?: string;
  error?: string;
};

/** A labelled text input: FormField with an `<input>`. */
export function TextField({ name, label, hint, error, className = '', ...props }: TextFieldProps) {
  return (
    <FormField idPrefix="field" name={name} label={label} hint={hint} error={error}>
      {(control) => <input {...control} className={cn(control.className, className)} {...props} />}
    </FormField>
  );
}

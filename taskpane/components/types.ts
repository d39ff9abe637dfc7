// Types shared by the task pane's components: the translate function they receive as a prop.

/** Renders a catalogue message by id in the pane's current language. */
export type Translate = (
  id: string,
  params?: Readonly<Record<string, string | number | readonly string[]>>,
) => string;

/** The readable name of an audience id: the catalogue's when it has one, the id otherwise. */
export function audienceName(t: Translate, audience: string): string {
  const id = `ui.audience.${audience}`;
  const name = t(id);
  return name === id ? audience : name;
}

/** The readable place of a finding: subject, message body or a named attachment. */
export function locationName(t: Translate, location: string): string {
  if (location === 'subject') return t('ui.location.subject');
  if (location === 'body') return t('ui.location.body');
  if (location.startsWith('attachment:'))
    return t('ui.location.attachment', { name: location.slice('attachment:'.length) });
  return location;
}

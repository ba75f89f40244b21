/** The DOM id of the input for a form field path ("crisisResources.en.0.phone"). */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^\w-]/g, '-')}`;
}

/** The URL as requested: no fragment (servers never see it). */
export function requestUrl(target: string): string | null {
  if (!/^https?:\/\//i.test(target.trim())) return null;
  return target.trim().replace(/#.*$/, '');
}

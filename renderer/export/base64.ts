/** Bytes as standard base64 (chunked, so large images do not overflow the argument list of String.fromCharCode). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Standard base64 back to bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The payload of a data: URL as Plotly.toImage returns it: base64 for `;base64,` URLs (PNG), else the
 * URL-decoded text (Plotly's SVG), returned as the UTF-8 text itself.
 */
export function dataUrlPayload(url: string): { base64: string } | { text: string } {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0) throw new Error('not a data: URL');
  const head = url.slice(0, comma);
  const body = url.slice(comma + 1);
  return head.endsWith(';base64') ? { base64: body } : { text: decodeURIComponent(body) };
}

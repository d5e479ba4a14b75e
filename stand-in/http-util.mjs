// Small HTTP helpers: kintone-style query strings (codes[0]=a or codes=a&codes=b), bodies, multipart.

/** Query string → object; `k[0]=a&k[1]=b` and repeated `k=a&k=b` both become arrays. */
export function parseQuery(searchParams) {
  const out = {};
  for (const [rawKey, value] of searchParams) {
    const m = rawKey.match(/^(.+)\[(\d+)\]$/);
    const key = m ? m[1] : rawKey;
    if (m || key in out) out[key] = [].concat(out[key] ?? [], value);
    else out[key] = value;
  }
  return out;
}

export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The first file part of a multipart/form-data body: { name, content }. */
export function parseMultipart(contentType, body) {
  const boundary = String(contentType ?? '').match(/boundary=(?:"([^"]+)"|([^;]+))/);
  if (!boundary) return { name: '', content: body };
  const marker = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  let start = body.indexOf(marker);
  while (start !== -1) {
    const next = body.indexOf(marker, start + marker.length);
    if (next === -1) break;
    const part = body.subarray(start + marker.length + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const filename = headers.match(/filename="([^"]*)"/);
    if (filename) return { name: filename[1], content: part.subarray(headerEnd + 4) };
    start = next;
  }
  return { name: '', content: body };
}

import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** An answer as a client saw it. */
export interface ObservedResponse {
  status: number;
  headers: Headers;
  text: string;
}

interface HeaderObject {
  required?: boolean;
  schema?: Record<string, unknown>;
}

interface ResponseObject {
  $ref?: string;
  content?: Record<string, { schema?: unknown }>;
  headers?: Record<string, HeaderObject>;
}

type OpenApi = {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
  components?: { responses?: Record<string, ResponseObject> };
};

/**
 * Headers a client acts on: when one is sent, the answer's description must name it. (Content-Type,
 * caching and security headers are HTTP's business, not the API's.)
 */
const API_HEADERS = ["location", "retry-after", "idempotent-replayed"];

const DOCUMENT_ID = "openapi.json";
const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** A JSON pointer token (RFC 6901). */
const token = (part: string) => part.replaceAll("~", "~0").replaceAll("/", "~1");

/**
 * Checks real answers against an OpenAPI 3 document: the status is one the operation lists (or its
 * `default`), the body's media type is one that answer describes, a JSON body is valid against its schema
 * (ajv, JSON Schema 2020-12 with formats; `$ref`s resolve inside the document), its required headers are
 * sent and valid, and the headers a client acts on are not sent undocumented. Operations are named
 * "METHOD /path", the path as the document writes it.
 */
export function openApiResponseChecker(document: unknown) {
  const doc = document as OpenApi;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // The document's own top-level keywords are not schema keywords: declared so, strict mode still refuses
  // an unknown keyword inside any schema compiled from it.
  for (const keyword of Object.keys(doc)) ajv.addKeyword(keyword);
  ajv.addSchema({ ...doc, $id: DOCUMENT_ID });
  const validators = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string) => {
    let validate = validators.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
      validators.set(pointer, validate);
    }
    return validate;
  };

  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => HTTP_METHODS.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );

  /** The answer documented for `status`, and the JSON pointer of where it is written. */
  const documented = (operation: string, status: number) => {
    const [method = "", path = ""] = operation.split(" ");
    const responses = doc.paths[path]?.[method.toLowerCase()]?.responses;
    if (!responses) return undefined;
    const key = String(status) in responses ? String(status) : "default" in responses ? "default" : "";
    const found = responses[key];
    if (!found) return undefined;
    const ref = found.$ref?.replace(/^#/, "");
    if (ref === undefined) {
      return {
        response: found,
        pointer: `/paths/${token(path)}/${method.toLowerCase()}/responses/${key}`,
      };
    }
    const name = ref.split("/").pop() ?? "";
    const response = doc.components?.responses?.[name];
    return response ? { response, pointer: ref } : undefined;
  };

  /** What in `answer` the document does not describe for `operation` (empty when it all conforms). */
  function problems(operation: string, answer: ObservedResponse): string[] {
    if (!operations.includes(operation)) return [`${operation} is not in the document`];
    const found = documented(operation, answer.status);
    if (!found) return [`${operation} answered ${answer.status}, which it does not document`];
    const { response, pointer } = found;
    const out: string[] = [];
    const where = `${operation} ${answer.status}`;

    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const value = answer.headers.get(name);
      if (value === null) {
        if (header.required) out.push(`${where}: the required header ${name} is missing`);
        continue;
      }
      const schemaPointer = `${pointer}/headers/${token(name)}/schema`;
      const typed = header.schema?.type === "integer" && /^-?\d+$/.test(value) ? Number(value) : value;
      if (header.schema && !validatorAt(schemaPointer)(typed))
        out.push(`${where}: header ${name}: ${JSON.stringify(value)} does not match its schema`);
    }
    const documentedHeaders = Object.keys(response.headers ?? {}).map((name) => name.toLowerCase());
    for (const name of API_HEADERS)
      if (answer.headers.has(name) && !documentedHeaders.includes(name))
        out.push(`${where}: sends the header ${name}, which is not documented`);

    if (answer.text === "") return out;
    const content = response.content ?? {};
    const mediaType = (answer.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (!(mediaType in content)) {
      const listed = Object.keys(content).join(", ") || "no body";
      return [...out, `${where}: the body is ${mediaType || "untyped"}, the document says ${listed}`];
    }
    if (content[mediaType]?.schema === undefined) return out;
    let body: unknown = answer.text;
    if (/^application\/([a-z.+-]*\+)?json$/.test(mediaType)) {
      try {
        body = JSON.parse(answer.text);
      } catch {
        return [...out, `${where}: the body is not JSON`];
      }
    }
    const validate = validatorAt(`${pointer}/content/${token(mediaType)}/schema`);
    if (!validate(body)) {
      const errors = (validate.errors ?? []).map(
        (e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`,
      );
      out.push(`${where}: the body does not match the schema: ${errors.join("; ")}`);
    }
    return out;
  }

  return { operations, problems };
}

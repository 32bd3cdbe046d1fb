/*
 * Names for the shapes in schema.gen.ts. The server's schemas are inline (no component
 * names), so a shape is named by the operation that answers or takes it:
 * `type Order = Answer<'/api/v1/orders/{id}', 'get'>`.
 */
import type { paths } from './schema.gen';

export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
type Json<Content> = Content extends { content: { 'application/json': infer Body } } ? Body : never;

/** What an operation answers on success (its 200, else its 201, else its 202), as JSON. */
export type Answer<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { responses: infer Responses }
    ? Responses extends { 200: infer Ok }
      ? Json<Ok>
      : Responses extends { 201: infer Created }
        ? Json<Created>
        : Responses extends { 202: infer Accepted }
          ? Json<Accepted>
          : never
    : never;

/** The JSON body an operation takes. */
export type RequestBody<P extends ApiPath, M extends Method> = Operation<P, M> extends { requestBody?: infer Body } ? Json<NonNullable<Body>> : never;

/** The query parameters an operation takes. */
export type QueryOf<P extends ApiPath, M extends Method> = Operation<P, M> extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;

/** One item of a list an operation answers as `{ items: [...] }`. */
export type ItemOf<P extends ApiPath, M extends Method = 'get'> = Answer<P, M> extends { items: (infer Item)[] } ? Item : never;

/**
 * A body as a form holds it before the server has checked it: any field may still be missing
 * (the server's problems then name it, next to its field), while names and value types are checked.
 */
export type Unchecked<Body> = Body extends (infer Item)[] ? Unchecked<Item>[] : Body extends object ? { [Key in keyof Body]?: Unchecked<Body[Key]> } : Body;

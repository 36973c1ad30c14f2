import { QueryError } from 'payload'

/**
 * A query the server will not run: 400, naming the parameter (`where`, `sort`, `select`, …) and
 * the path. A subclass of Payload's own QueryError, so clients see the same error name and
 * shape as for a path Payload itself refuses.
 */
export class QueryRefused extends QueryError {
  constructor(parameter: string, path: string, reason: string) {
    super([{ path, parameter, reason } as { path: string }])
    this.name = 'QueryError'
    this.message = `${parameter}${path ? ` ${path}` : ''}: ${reason}`
  }
}

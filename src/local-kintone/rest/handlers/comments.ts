import { getRecord } from "../../store";
import { toUserEntity } from "../../users";
import { loadApp } from "../app-access";
import { createApiError, createParamError, recordNotFound } from "../errors";
import { readObject, readOptionalInt, readPositiveInt } from "../read-params";
import type { ApiRequest, HandlerTable } from "../types";

/** At most this many comments per GET record/comments.json. */
export const COMMENTS_LIMIT = 10;

type CommentRow = {
  id: number;
  text: string;
  created_at: string;
  creator: string;
  mentions: string;
};

function loadRecord(request: ApiRequest) {
  const { app } = loadApp(request, { right: "view" });
  const recordId = readPositiveInt(request.params, "record");
  if (!getRecord(request.context, app.id, recordId)) throw recordNotFound(recordId);
  return { appId: app.id, recordId };
}

/** record/comments.json and record/comment.json. */
export const COMMENT_HANDLERS: HandlerTable = {
  "GET record/comments": (request) => {
    const { appId, recordId } = loadRecord(request);
    const order = request.params.order ?? "desc";
    if (order !== "asc" && order !== "desc") throw createParamError("order", "E_LK_V_ENUM");
    const offset = readOptionalInt(request.params, "offset") ?? 0;
    const limit = readOptionalInt(request.params, "limit") ?? COMMENTS_LIMIT;
    if (limit > COMMENTS_LIMIT)
      throw createParamError("limit", "E_LK_V_BULK_LIMIT", { min: 0, max: COMMENTS_LIMIT });
    const rows = request.context.db
      .prepare(
        `SELECT * FROM comments WHERE app = ? AND record = ? ORDER BY id ${order === "asc" ? "ASC" : "DESC"}`,
      )
      .all(appId, recordId) as CommentRow[];
    const page = rows.slice(offset, offset + limit);
    return {
      comments: page.map((row) => ({
        id: String(row.id),
        text: row.text,
        createdAt: row.created_at,
        creator: toUserEntity(row.creator),
        mentions: JSON.parse(row.mentions) as unknown[],
      })),
      older: order === "desc" ? offset + limit < rows.length : offset > 0,
      newer: order === "desc" ? offset > 0 : offset + limit < rows.length,
    };
  },

  "POST record/comment": (request) => {
    const { appId, recordId } = loadRecord(request);
    const comment = readObject(request.params, "comment");
    if (typeof comment.text !== "string" || comment.text.trim() === "") {
      throw createParamError("comment.text", "E_LK_V_REQUIRED_PARAM");
    }
    const mentions = Array.isArray(comment.mentions) ? comment.mentions : [];
    const next = request.context.db
      .prepare("SELECT COALESCE(MAX(id), 0) + 1 AS id FROM comments WHERE app = ? AND record = ?")
      .get(appId, recordId) as { id: number };
    request.context.db
      .prepare(
        "INSERT INTO comments (app, record, id, text, created_at, creator, mentions) VALUES (?, ?, ?, ?, ?, ?, ?)",
      )
      .run(
        appId,
        recordId,
        next.id,
        comment.text,
        request.context
          .now()
          .toISOString()
          .replace(/\.\d+Z$/, "Z"),
        request.auth.user.code,
        JSON.stringify(mentions),
      );
    return { id: String(next.id) };
  },

  "DELETE record/comment": (request) => {
    const { appId, recordId } = loadRecord(request);
    const commentId = readPositiveInt(request.params, "comment");
    const result = request.context.db
      .prepare("DELETE FROM comments WHERE app = ? AND record = ? AND id = ?")
      .run(appId, recordId, commentId);
    if (result.changes === 0) throw createApiError(400, "GAIA_RE02");
    return {};
  },
};

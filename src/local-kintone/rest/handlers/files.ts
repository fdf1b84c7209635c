import { readFileByKey, saveUploadedFile } from "../../store";
import { createParamError, fileNotFound } from "../errors";
import { readString } from "../read-params";
import type { BinaryResult, HandlerTable } from "../types";

/** file.json: multipart upload (temporary key) and download (by the key a record or customize shows). */
export const FILE_HANDLERS: HandlerTable = {
  "POST file": (request) => {
    if (!request.upload) throw createParamError("file", "E_LK_V_REQUIRED_PARAM");
    return { fileKey: saveUploadedFile(request.context, request.upload) };
  },

  "GET file": (request): BinaryResult => {
    const fileKey = readString(request.params, "fileKey");
    const file = readFileByKey(request.context, fileKey);
    if (!file) throw fileNotFound(fileKey);
    return { kind: "binary", contentType: file.contentType, fileName: file.name, data: file.data };
  },
};

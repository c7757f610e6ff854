package com.yiti.imports;

/** A file to download: a template or an error file. */
public record ImportFile(String fileName, String contentType, byte[] content) {}

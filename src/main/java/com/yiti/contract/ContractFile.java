package com.yiti.contract;

import org.springframework.core.io.Resource;

/** A contract's signed copy, for a reader who may see the contract. */
public record ContractFile(String filename, String contentType, Resource content) {}

package dev.colloquy.contract;

/**
 * One named operation of the contract: the file operations/NAME.graphql, which must hold exactly one
 * operation called NAME, and the JSON text of operations/NAME.variables.json.
 */
public record Operation(String name, String document, String variablesJson) {}

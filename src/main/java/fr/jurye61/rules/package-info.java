/**
 * The rules: one small class per rule of rules.md, pure (domain records and session
 * parameters in, findings out), reading only {@code fr.jurye61.domain}.
 */
package fr.jurye61.rules;

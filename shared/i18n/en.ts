import { enCore } from './en/core';
import { enEmployees } from './en/employees';
import { enSkp } from './en/skp';
import { enEvaluation } from './en/evaluation';
import { enDocuments } from './en/documents';
import { enTraining } from './en/training';
import { enSystem } from './en/system';
import type { MessageKey } from './id';

/** English UI text, one file per area under en/. Documents stay in Indonesian (domain.md: official terms). */
export const en: Record<MessageKey, string> = { ...enCore, ...enEmployees, ...enSkp, ...enEvaluation, ...enDocuments, ...enTraining, ...enSystem };

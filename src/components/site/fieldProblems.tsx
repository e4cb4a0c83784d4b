/** A refused field as the public forms' endpoints name it (400 `errors[].data.field`). */
export type FieldProblem = { field: string; message: string }

/**
 * The per-field error texts of a public form: the message beside its input, linked through
 * `aria-describedby` so that a screen reader reads it with the field.
 */
export function fieldProblems(problems: FieldProblem[]) {
  const problemFor = (field: string) => problems.find((problem) => problem.field === field)?.message
  return {
    describedBy: (field: string) => (problemFor(field) ? `${field}-error` : undefined),
    fieldError: (field: string) =>
      problemFor(field) ? (
        <span id={`${field}-error`} className="error-text">
          {problemFor(field)}
        </span>
      ) : null,
  }
}

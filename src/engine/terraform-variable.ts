/** A Terraform variable's block, open before its `default = …`: the variable names the value. */
const TERRAFORM_VARIABLE_OPEN = /\bvariable[ \t]+"([\w-]{1,100})"[ \t]*\{[^{}]*$/;

/** How far above a `default` its variable's block may open (characters): blocks are short. */
const REACH = 300;

/** The name of the Terraform variable whose block is open at `at` (a `default`'s start), if any. */
export function terraformVariableAt(text: string, at: number): string | undefined {
  return TERRAFORM_VARIABLE_OPEN.exec(text.slice(Math.max(0, at - REACH), at))?.[1];
}

/** A line that opens a Terraform variable's block: its `default` comes a few lines below. */
const VARIABLE_BLOCK_LINE = /^[ \t]*variable[ \t]+"[^"\n]{1,100}"[ \t]*\{[ \t]*\r?$/;

export function opensTerraformVariable(line: string): boolean {
  return VARIABLE_BLOCK_LINE.test(line);
}

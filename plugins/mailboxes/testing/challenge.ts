import { solveChallenge } from 'altcha-lib/v1'

/** A challenge as `GET /api/mailboxes/challenge` issues it. */
export type IssuedChallenge = {
  algorithm: string
  challenge: string
  salt: string
  signature: string
  maxnumber: number
}

/** Solves an issued challenge as the browser widget would: the form field's value. */
export async function solutionOf(issued: IssuedChallenge): Promise<string> {
  const { algorithm, challenge, salt, signature, maxnumber } = issued
  const solution = await solveChallenge(challenge, salt, algorithm, maxnumber).promise
  if (!solution) throw new Error('challenge not solved')
  return Buffer.from(JSON.stringify({ algorithm, challenge, number: solution.number, salt, signature })).toString(
    'base64',
  )
}

import { solveChallenge } from 'altcha-lib/v1'

import { apiOrigin } from './apiOrigin'

/**
 * Fetches a proof-of-work challenge (ALTCHA, self-hosted) from `challengePath` and solves it in
 * the browser; the answer goes into the form's `altcha` field. No outside service is involved.
 */
export async function solvedChallenge(challengePath: string): Promise<string> {
  const challenge = await (await fetch(`${apiOrigin()}${challengePath}`)).json()
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber)
    .promise
  if (!solution) throw new Error('人机验证失败，请重试')
  return btoa(
    JSON.stringify({
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      number: solution.number,
      salt: challenge.salt,
      signature: challenge.signature,
    }),
  )
}

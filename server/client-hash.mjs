// @ts-check
import {hash} from 'node:crypto';

/**
 * A salted hash of the client address: enough to tell one client's repeated votes apart, and
 * never the address itself. Rotating the salt makes every client new.
 * @param {string} salt @param {string} address
 */
export const clientHash = (salt, address) => hash('sha256', `${salt}\n${address}`, 'base64url').slice(0, 32);

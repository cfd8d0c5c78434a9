import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'
import { onSessionEnd } from './session/session'
import { startTokenRefresh } from './session/refresher'
import './styles.css'

// Logout, expiry or a 401 anywhere sends the operator back to the login screen.
onSessionEnd(() => { void router.replace({ name: 'login', query: { next: router.currentRoute.value.fullPath } }) })

// The token is refreshed before it expires, so a wall screen is never logged out while in use.
startTokenRefresh()

createApp(App).use(router).mount('#app')

import { createRouter, createWebHistory } from 'vue-router'
import { useSession } from './session/session'
import { isAdmin } from './session/roles'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { public: true } },
    { path: '/', redirect: '/fleet' },
    { path: '/fleet', name: 'fleet', component: () => import('./views/FleetView.vue') },
    { path: '/devices/:id', name: 'device', component: () => import('./views/DeviceView.vue'), props: true },
    { path: '/alarms', name: 'alarms', component: () => import('./views/AlarmsView.vue') },
    { path: '/rooms/:room?', name: 'rooms', component: () => import('./views/RoomsView.vue'), props: true },
    { path: '/dm/:user', name: 'dm', component: () => import('./views/RoomsView.vue'), props: r => ({ dmUser: r.params.user }) },
    { path: '/admin/:tab(devices|accounts|rooms)?', name: 'admin', component: () => import('./views/AdminView.vue'), props: true, meta: { role: 'admin' } },
    { path: '/:pathMatch(.*)*', redirect: '/fleet' },
  ],
})

router.beforeEach(to => {
  const { loggedIn, role } = useSession()
  if (!to.meta.public && !loggedIn.value) return { name: 'login', query: to.fullPath !== '/fleet' ? { next: to.fullPath } : {} }
  if (to.name === 'login' && loggedIn.value) return { name: 'fleet' }
  // The hub refuses the calls anyway (403); this only keeps weaker roles off a page of errors.
  if (to.meta.role === 'admin' && !isAdmin(role.value)) return { name: 'fleet' }
  return true
})
